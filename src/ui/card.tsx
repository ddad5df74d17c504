import { QueryErrorResetBoundary } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { Component, Suspense } from 'react';
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
  return (
    <section className="card" aria-label={title}>
      <div className="card-head">
        <h2>{title}</h2>
        {actions ? <div className="card-actions">{actions}</div> : null}
      </div>
      <Boundary>{children}</Boundary>
      {footer ? <footer>{footer}</footer> : null}
    </section>
  );
}
