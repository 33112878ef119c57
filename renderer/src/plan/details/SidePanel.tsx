import { useEffect, useRef, type KeyboardEvent, type ReactNode, type RefObject } from 'react';

const focusable =
  'summary, a[href], button:not([disabled]), input:not([disabled]):not([type="hidden"]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

/**
 * A modal side panel at the window's full height: a native <dialog> opened with showModal(), so the
 * page behind it is inert and the browser keeps it on top. Opening moves focus to its heading (so a
 * screen reader reads where the person now is); Escape and the Close button close it, and focus goes
 * back to whatever opened it (the card's Details button, the table's row). Tab and Shift+Tab wrap
 * inside it, so focus never wanders into the browser's own controls in between.
 */
export function SidePanel({
  labelledBy,
  headingRef,
  onClose,
  returnFocus,
  children,
}: {
  labelledBy: string;
  headingRef: RefObject<HTMLElement | null>;
  onClose: () => void;
  /** Set while the panel is open when focus must go elsewhere than its opener as it closes (the opener's row was deleted). */
  returnFocus?: RefObject<(() => void) | null>;
  children: ReactNode;
}) {
  const dialog = useRef<HTMLDialogElement>(null);

  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (!element.open) {
      if (typeof element.showModal === 'function') element.showModal();
      else element.setAttribute('open', '');
    }
    headingRef.current?.focus();
    return () => {
      if (element.open && typeof element.close === 'function') element.close();
      // Read as the panel closes, on purpose: it is set while the panel is open (the delete that closes it).
      // eslint-disable-next-line react-hooks/exhaustive-deps -- the latest value is the point here.
      const elsewhere = returnFocus?.current;
      if (elsewhere) elsewhere();
      // Back to the control that opened the panel, if it is still on the page.
      else if (opener?.isConnected) opener.focus();
    };
  }, [headingRef, returnFocus]);

  const onKeyDown = (event: KeyboardEvent<HTMLDialogElement>) => {
    if (event.key === 'Escape') {
      // Handled here, not by the browser's own cancel, so the panel closes the same way everywhere.
      event.preventDefault();
      event.stopPropagation();
      onClose();
      return;
    }
    if (event.key !== 'Tab' || !dialog.current) return;
    const items = Array.from(dialog.current.querySelectorAll<HTMLElement>(focusable)).filter((item) => !item.closest('[hidden]'));
    const first = items[0];
    const last = items[items.length - 1];
    if (!first || !last) return;
    const active = document.activeElement;
    if (event.shiftKey && (active === first || active === headingRef.current)) {
      event.preventDefault();
      last.focus();
    } else if (!event.shiftKey && active === last) {
      event.preventDefault();
      first.focus();
    }
  };

  return (
    <dialog
      ref={dialog}
      className="side-panel"
      aria-labelledby={labelledBy}
      onKeyDown={onKeyDown}
      // The browser's own close request (a platform gesture) closes it through the same path.
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
    >
      {children}
    </dialog>
  );
}
