// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { Card, CardActions, useCardTitle } from '../../src/ui/card.tsx';

afterEach(cleanup);

function Titled() {
  return <span data-testid="titled">{useCardTitle() ?? 'none'}</span>;
}

describe('Card with CardActions', () => {
  it('moves controls from the body into the card header, and gives them the card’s title', async () => {
    render(
      <Card title="公开率排名">
        <p>图</p>
        <CardActions>
          <button type="button">导出</button>
          <Titled />
        </CardActions>
      </Card>,
    );
    const button = await screen.findByRole('button', { name: '导出' });
    expect(button.closest('.card-head')).not.toBeNull();
    expect(screen.getByTestId('titled').textContent).toBe('公开率排名');
  });

  it('leaves controls in place in the header itself and outside any card', () => {
    render(
      <>
        <Card title="机关一览" actions={<CardActions><button type="button">头部</button></CardActions>}>
          <p>表</p>
        </Card>
        <CardActions>
          <button type="button">卡片外</button>
        </CardActions>
        <Titled />
      </>,
    );
    expect(screen.getByRole('button', { name: '头部' }).closest('.card-actions')).not.toBeNull();
    expect(screen.getByRole('button', { name: '卡片外' }).closest('.card')).toBeNull();
    expect(screen.getByTestId('titled').textContent).toBe('none');
  });
});
