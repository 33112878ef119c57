interface EmptyStateProps {
  title: string;
  body: string;
  actionLabel?: string;
  onAction?: () => void;
}

/** What a view will hold and how to start, instead of a blank page. */
export function EmptyState({ title, body, actionLabel, onAction }: EmptyStateProps) {
  return (
    <section className="empty-state" aria-labelledby="empty-title">
      <svg className="empty-art" viewBox="0 0 120 80" aria-hidden="true" focusable="false">
        <path d="M10 70 Q60 10 110 70" fill="none" stroke="currentColor" strokeWidth="3" strokeLinecap="round" opacity="0.35" />
        <circle cx="60" cy="28" r="12" className="empty-ball" />
      </svg>
      <h2 id="empty-title">{title}</h2>
      <p>{body}</p>
      {actionLabel && onAction ? (
        <button type="button" className="button primary" onClick={onAction}>
          {actionLabel}
        </button>
      ) : null}
    </section>
  );
}
