/**
 * Where a view's content goes while its first read is on its way. Most reads take a few milliseconds,
 * so for the first moment this shows nothing at all (no flash); a slower read then fades in two quiet
 * placeholder cards, so the view never looks empty. Screen readers hear `label` once.
 */
export function ViewLoading({ label }: { label: string }) {
  return (
    <div className="view-loading" role="status">
      <span className="visually-hidden">{label}</span>
      <div className="view-loading-card" aria-hidden="true" />
      <div className="view-loading-card short" aria-hidden="true" />
    </div>
  );
}
