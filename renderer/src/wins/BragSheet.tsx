import { useId, useState } from 'react';
import { content, fillTemplate } from '../../../content';
import { addDaysTo } from '../../../electron/core/time/days';
import { bragSheetInput } from '../../../electron/core/wins/schema';
import { useApiQuery } from '../ipc/queries';

const copy = content.wins.brag;

/**
 * The brag sheet: a period's wins as Markdown, offered as a plain download
 * link (a data: URL, which the CSP does not need to allow: it governs what
 * the page loads, not what the person saves).
 */
export function BragSheet({ today }: { today: string }) {
  const id = useId();
  const [from, setFrom] = useState(() => addDaysTo(today, -83));
  const [to, setTo] = useState(today);
  const range = bragSheetInput.safeParse({ from, to });
  const issue = range.success ? null : range.error.issues[0];
  const sheet = useApiQuery('wins:bragSheet', range.success ? range.data : { from: today, to: today });
  const ready = range.success && sheet.data;
  const errorField = issue?.path[0] === 'from' ? 'from' : 'to';
  return (
    <section className="card brag" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{copy.heading}</h2>
      <p className="hint">{copy.intro}</p>
      <div className="brag-row">
        <div className="field">
          <label htmlFor={`${id}-from`}>{copy.from}</label>
          <input
            id={`${id}-from`}
            type="date"
            value={from}
            max={today}
            onChange={(event) => setFrom(event.target.value)}
            aria-invalid={issue && errorField === 'from' ? true : undefined}
            aria-describedby={issue && errorField === 'from' ? `${id}-error` : undefined}
          />
        </div>
        <div className="field">
          <label htmlFor={`${id}-to`}>{copy.to}</label>
          <input
            id={`${id}-to`}
            type="date"
            value={to}
            max={today}
            onChange={(event) => setTo(event.target.value)}
            aria-invalid={issue && errorField === 'to' ? true : undefined}
            aria-describedby={issue && errorField === 'to' ? `${id}-error` : undefined}
          />
        </div>
        {ready ? (
          <a
            className="button primary"
            download={sheet.data.fileName}
            href={`data:text/markdown;charset=utf-8,${encodeURIComponent(sheet.data.content)}`}
          >
            {copy.download}
          </a>
        ) : null}
      </div>
      {issue ? (
        <p className="field-error" id={`${id}-error`}>
          {issue.message}
        </p>
      ) : ready ? (
        <p className="hint" aria-live="polite">
          {sheet.data.count ? fillTemplate(copy.preview, { count: sheet.data.count }) : copy.empty}
        </p>
      ) : null}
    </section>
  );
}
