// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { ReviewItem } from '../../../src/features/import/review-item.ts';
import { ReviewList } from '../../../src/features/import/review-list.tsx';

afterEach(cleanup);

const refused = (id: number): ReviewItem => ({ id, path: `县/文件${String(id).padStart(3, '0')}.txt`, status: 'refused', note: { key: 'emptyFile' } });
const paths = () => screen.getAllByTestId('review-item').map((li) => li.getAttribute('data-path'));

describe('ReviewList', () => {
  it('draws a page of 50 of 120 files, pages on, and finds a file by search', () => {
    const items = Array.from({ length: 120 }, (_, i) => refused(i));
    render(<ReviewList items={items} onChange={() => undefined} />);
    expect(screen.getByTestId('review-list').getAttribute('data-items')).toBe('120');
    expect(paths()).toHaveLength(50);
    expect(paths()[0]).toBe('县/文件000.txt');
    fireEvent.click(screen.getByRole('button', { name: '下一页' }));
    expect(paths()[0]).toBe('县/文件050.txt');
    fireEvent.change(screen.getByTestId('pager-search'), { target: { value: '文件117' } });
    expect(paths()).toEqual(['县/文件117.txt']);
    expect(screen.getByRole('alert').textContent).toBe('空文件。');
  });

  it('shows a short list whole, without paging controls', () => {
    render(<ReviewList items={[refused(1), refused(2)]} onChange={() => undefined} />);
    expect(paths()).toEqual(['县/文件001.txt', '县/文件002.txt']);
    expect(screen.queryByTestId('pager-search')).toBeNull();
  });
});
