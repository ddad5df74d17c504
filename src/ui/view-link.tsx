import type { ReactNode } from 'react';
import { useUrlParams } from './url-state.ts';

interface ViewLinkProps {
  /** URL params to set (null removes one). */
  to: Record<string, string | null>;
  children: ReactNode;
  title?: string;
  /** Accessible name when the visible text is not enough (also shown as the tooltip). */
  label?: string;
  className?: string;
}

/** A real link (new tab, copy address) that switches views in place through the URL params. */
export function ViewLink({ to, children, title, label, className }: ViewLinkProps) {
  const [params, setParams] = useUrlParams();
  const next = new URLSearchParams(params);
  for (const [k, v] of Object.entries(to)) {
    if (v === null) next.delete(k);
    else next.set(k, v);
  }
  return (
    <a
      href={`?${next.toString()}`}
      title={title ?? label}
      aria-label={label}
      className={className}
      onClick={(e) => {
        if (e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
        e.preventDefault();
        setParams(to);
        window.scrollTo(0, 0);
      }}
    >
      {children}
    </a>
  );
}
