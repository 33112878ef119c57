import { useId, useRef, useState } from 'react';
import { content } from '../../../content';

const copy = content.reflectUi.flow;

/** The common questions, one click away from every step. */
export function FaqPanel() {
  const [open, setOpen] = useState(false);
  const id = useId();
  const button = useRef<HTMLButtonElement>(null);
  return (
    <div
      className="faq"
      onKeyDown={(event) => {
        if (event.key === 'Escape' && open) {
          setOpen(false);
          button.current?.focus();
        }
      }}
    >
      <button
        ref={button}
        type="button"
        className="button subtle"
        aria-expanded={open}
        aria-controls={`${id}-panel`}
        onClick={() => setOpen(!open)}
      >
        {open ? copy.faqClose : copy.faqOpen}
      </button>
      {open ? (
        <aside id={`${id}-panel`} className="faq-panel" aria-labelledby={`${id}-heading`}>
          <h2 id={`${id}-heading`}>{copy.faqHeading}</h2>
          {content.faq.items.map((item) => (
            <details key={item.id}>
              <summary>{item.question}</summary>
              <p>{item.answer}</p>
            </details>
          ))}
        </aside>
      ) : null}
    </div>
  );
}
