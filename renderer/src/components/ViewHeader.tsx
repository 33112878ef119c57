import { createContext, useContext, useEffect, useRef, type ReactNode } from 'react';

/** True once the person has moved between views (not on the first view after launch). */
export const FocusOnOpen = createContext(false);

/**
 * The view's heading. It takes focus when a view is opened, so keyboard and
 * screen-reader users land at the top of what changed; the first view after
 * launch leaves focus where the browser put it.
 */
export function ViewHeader({ title, children }: { title: string; children?: ReactNode }) {
  const heading = useRef<HTMLHeadingElement>(null);
  const focusOnOpen = useContext(FocusOnOpen);
  useEffect(() => {
    if (focusOnOpen) heading.current?.focus();
  }, [focusOnOpen]);
  return (
    <header className="view-header">
      <h1 id="view-title" ref={heading} tabIndex={-1}>
        {title}
      </h1>
      {children}
    </header>
  );
}
