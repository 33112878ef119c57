import type { View } from '../../../electron/core/app/contract';

const paths: Record<View, string> = {
  today:
    'M12 4v2m0 12v2m8-8h-2M6 12H4m12.95-4.95-1.41 1.41M8.46 15.54l-1.41 1.41m0-9.9 1.41 1.41m7.08 7.08 1.41 1.41M12 8a4 4 0 1 0 0 8 4 4 0 0 0 0-8z',
  reflect: 'M4 5h16v10H9l-5 4V5zm4 4h8m-8 3h5',
  plan: 'M5 5h14v15H5zM5 9h14M9 3v4m6-4v4m-6 6 2 2 4-4',
  wins: 'M8 4h8v4a4 4 0 0 1-8 0V4zm0 1H5v2a3 3 0 0 0 3 3m8-5h3v2a3 3 0 0 1-3 3m-4 2v4m-3 3h6',
  settings: 'M4 7h10m4 0h2M4 17h2m4 0h10M14 5v4m-6 6v4',
};

/** Small line icons drawn inline: no icon font, nothing fetched. */
export function ViewIcon({ view }: { view: View }) {
  return (
    <svg className="icon" viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" focusable="false">
      <path d={paths[view]} fill="none" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" strokeLinejoin="round" />
    </svg>
  );
}
