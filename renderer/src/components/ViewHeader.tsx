import { useEffect, useRef, type ReactNode } from 'react';

/**
 * The view's heading. It takes focus when a view opens from the navigation,
 * so keyboard and screen-reader users land at the top of what changed.
 */
export function ViewHeader({ title, children }: { title: string; children?: ReactNode }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    const active = document.activeElement;
    if (active === document.body || active?.closest('nav')) heading.current?.focus();
  }, []);
  return (
    <header className="view-header">
      <h1 id="view-title" ref={heading} tabIndex={-1}>
        {title}
      </h1>
      {children}
    </header>
  );
}
