import { QueryErrorResetBoundary } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { Component, createContext, Suspense, useContext, useState } from 'react';
import { createPortal } from 'react-dom';
import { useT } from './i18n.tsx';

interface BoundaryProps {
  onReset: () => void;
  children: ReactNode;
}

class ErrorBoundary extends Component<BoundaryProps, { error: Error | null }> {
  override state = { error: null as Error | null };
  static getDerivedStateFromError(error: Error) {
    return { error };
  }
  override render() {
    if (this.state.error) {
      return (
        <ErrorMessage
          error={this.state.error}
          onRetry={() => {
            this.props.onReset();
            this.setState({ error: null });
          }}
        />
      );
    }
    return this.props.children;
  }
}

function ErrorMessage({ error, onRetry }: { error: Error; onRetry: () => void }) {
  const { t } = useT();
  return (
    <div role="alert" className="error">
      <strong>{t('error.title')}</strong>
      <pre>{error.message}</pre>
      <button type="button" onClick={onRetry}>
        {t('error.retry')}
      </button>
    </div>
  );
}

/** Suspends while queries load and shows errors in place, with a retry that refetches. */
export function Boundary({ children, fallback }: { children: ReactNode; fallback?: ReactNode }) {
  return (
    <QueryErrorResetBoundary>
      {({ reset }) => (
        <ErrorBoundary onReset={reset}>
          <Suspense fallback={fallback ?? <div className="skeleton" aria-busy="true" />}>{children}</Suspense>
        </ErrorBoundary>
      )}
    </QueryErrorResetBoundary>
  );
}

/** The card around a component: its title, and where its body's header controls go ('head' inside the header itself). */
interface CardPlace {
  title: string;
  slot: HTMLElement | null | 'head';
}

const CardContext = createContext<CardPlace | null>(null);

/** Title of the enclosing card, if any (the default title of what the card exports). */
export function useCardTitle(): string | undefined {
  return useContext(CardContext)?.title;
}

/**
 * Controls a card's body puts in the card header (e.g. an export menu that needs the chart the body
 * loaded); outside a card, or in the header already, they stay where they are.
 */
export function CardActions({ children }: { children: ReactNode }) {
  const card = useContext(CardContext);
  if (!card || card.slot === 'head') return <>{children}</>;
  return card.slot ? createPortal(children, card.slot) : null;
}

/** A titled panel whose content loads and fails on its own, without taking the page down. */
export function Card({
  title,
  children,
  footer,
  actions,
}: {
  title: string;
  children: ReactNode;
  footer?: ReactNode;
  /** Controls in the card header, e.g. an export menu. */
  actions?: ReactNode;
}) {
  const [slot, setSlot] = useState<HTMLElement | null>(null);
  return (
    <section className="card" aria-label={title}>
      <div className="card-head">
        <h2>{title}</h2>
        <div className="card-actions">
          <CardContext.Provider value={{ title, slot: 'head' }}>{actions}</CardContext.Provider>
          <span className="card-slot" ref={setSlot} style={{ display: 'contents' }} />
        </div>
      </div>
      <CardContext.Provider value={{ title, slot }}>
        <Boundary>{children}</Boundary>
      </CardContext.Provider>
      {footer ? <footer>{footer}</footer> : null}
    </section>
  );
}
