import { Fragment, useEffect, useId, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import {
  applicationsPageSize,
  type ApplicationSummary,
  type ApplicationSort,
  type ApplicationStatus,
} from '../../../electron/core/applications/schema';
import { useApiMutation } from '../ipc/queries';
import { copy, dayOfMoment, fill, tableDay } from './format';
import { differsFrom } from './keptOrder';
import { nextStatus } from './nextStatus';
import { useApplicationRows, type Filter } from './useApplicationRows';

const a = copy.applications;

const columns: { sort: ApplicationSort; label: string; className: string }[] = [
  { sort: 'company', label: a.colCompany, className: 'col-company' },
  { sort: 'role', label: a.colRole, className: 'col-role' },
  { sort: 'status', label: a.colStatus, className: 'col-status' },
  { sort: 'applied', label: a.colApplied, className: 'col-applied' },
  { sort: 'updated', label: a.colActivity, className: 'col-activity' },
  { sort: 'next', label: a.colNext, className: 'col-next' },
];

interface RowAction {
  label: string;
  run: () => void;
}

/** Where the keyboard is in the table: a row, and which of its buttons (0 opens the details). */
interface Spot {
  id: number;
  stop: number;
}

/** Rows an arrow key press moves by; Page Up and Page Down move ten. */
export function movedSpot(key: string, row: number, stop: number, rows: number): { row: number; stop: number } | null {
  const last = rows - 1;
  switch (key) {
    case 'ArrowDown':
      return { row: Math.min(last, row + 1), stop };
    case 'ArrowUp':
      return { row: Math.max(0, row - 1), stop };
    case 'PageDown':
      return { row: Math.min(last, row + 10), stop };
    case 'PageUp':
      return { row: Math.max(0, row - 10), stop };
    case 'Home':
      return { row: 0, stop };
    case 'End':
      return { row: last, stop };
    case 'ArrowRight':
      return { row, stop: stop + 1 };
    case 'ArrowLeft':
      return { row, stop: Math.max(0, stop - 1) };
    default:
      return null;
  }
}

/**
 * The applications as a table sorted by core (click a column's heading; again
 * for the other way round), one Tab stop: the arrow keys move through the
 * rows and their buttons, Enter opens the details. Rows stay where they are
 * after a change until the person sorts again.
 */
export function ApplicationsTable({
  filter,
  today,
  onSort,
  onStatus,
  openId,
  onOpen,
  details,
}: {
  filter: Filter;
  today: string;
  onSort: (sort: ApplicationSort) => void;
  onStatus: (application: ApplicationSummary, status: ApplicationStatus) => void;
  /** The application whose details are open, if any. */
  openId: number | null;
  /** Opens (or closes) an application's details: the same call as a card's Details button. */
  onOpen: (id: number) => void;
  /** What an open row shows beneath it. */
  details: (id: number) => ReactNode;
}) {
  const id = useId();
  const [reload, setReload] = useState(0);
  const { list, first, items, fresh, order } = useApplicationRows(filter, reload);
  const keepWaiting = useApiMutation('applications:keepWaiting');
  const [spot, setSpot] = useState<Spot | null>(null);
  const body = useRef<HTMLTableSectionElement>(null);
  // A button that a change removes (the step taken, the closure answered) must not drop focus to the page.
  const refocus = useRef<{ id: number; was: string } | null>(null);

  const actionsOf = (application: ApplicationSummary): RowAction[] => {
    const next = nextStatus[application.status];
    if (application.silent)
      return [
        { label: a.closeNoReply, run: () => onStatus(application, 'no_reply') },
        { label: a.keepWaiting, run: () => keepWaiting.mutate({ id: application.id }) },
      ];
    return next ? [{ label: copy.nextStep[application.status as keyof typeof copy.nextStep], run: () => onStatus(application, next) }] : [];
  };
  const stateOf = (application: ApplicationSummary) => `${application.status}:${String(application.silent)}`;

  const current = items.find((item) => item.id === spot?.id) ?? items[0];
  const currentStop = current ? Math.min(spot?.id === current.id ? spot.stop : 0, actionsOf(current).length) : 0;

  const focusSpot = (target: Spot) =>
    body.current?.querySelector<HTMLElement>(`tr[data-id="${target.id}"] [data-stop="${target.stop}"]`)?.focus();

  useEffect(() => {
    const asked = refocus.current;
    if (!asked) return;
    const row = items.find((item) => item.id === asked.id);
    if (row && stateOf(row) === asked.was) return;
    refocus.current = null;
    if (row && !body.current?.contains(document.activeElement))
      focusSpot({ id: row.id, stop: Math.min(currentStop, actionsOf(row).length) });
  });

  const onKeyDown = (event: KeyboardEvent<HTMLTableSectionElement>) => {
    const target = event.target as HTMLElement;
    if (target.dataset.stop === undefined) return;
    const rowId = Number(target.closest('tr')?.dataset.id);
    const row = items.findIndex((item) => item.id === rowId);
    const moved = row < 0 ? null : movedSpot(event.key, row, Number(target.dataset.stop), items.length);
    if (!moved) return;
    const item = items[moved.row];
    if (!item) return;
    event.preventDefault();
    const next = { id: item.id, stop: Math.min(moved.stop, actionsOf(item).length) };
    setSpot(next);
    focusSpot(next);
  };

  if (!first)
    return list.error ? (
      <p role="alert">{list.error.message}</p>
    ) : (
      <p className="loading" role="status">
        {a.loading}
      </p>
    );
  if (items.length === 0)
    return list.error ? <p role="alert">{list.error.message}</p> : <p className="hint">{first.hasAny ? a.noMatch : a.none}</p>;

  const tabIndexOf = (application: ApplicationSummary, stop: number) => (application.id === current?.id && stop === currentStop ? 0 : -1);
  const kept = differsFrom(
    order,
    fresh.map((item) => item.id),
  );

  return (
    <>
      <p className="hint" id={`${id}-hint`}>
        {a.tableHint}
      </p>
      <div className="app-table-wrap">
        <table className="app-table" aria-label={a.tableLabel} aria-describedby={`${id}-hint`}>
          <thead>
            <tr>
              {columns.map((column) => {
                const sorted = filter.sort === column.sort;
                return (
                  <th
                    key={column.sort}
                    scope="col"
                    className={column.className}
                    aria-sort={sorted ? (filter.direction === 'asc' ? 'ascending' : 'descending') : undefined}
                  >
                    <button type="button" className="sort-button" onClick={() => onSort(column.sort)}>
                      {column.label}
                      <span className="sort-mark" aria-hidden="true">
                        {sorted ? (filter.direction === 'asc' ? '▲' : '▼') : ''}
                      </span>
                    </button>
                  </th>
                );
              })}
            </tr>
          </thead>
          <tbody
            ref={body}
            onKeyDown={onKeyDown}
            onFocus={(event) => {
              const target = event.target as HTMLElement;
              const rowId = Number(target.closest('tr')?.dataset.id);
              if (target.dataset.stop !== undefined && rowId) setSpot({ id: rowId, stop: Number(target.dataset.stop) });
            }}
          >
            {items.map((application) => {
              const open = openId === application.id;
              const rowKey = `${id}-${application.id}`;
              const followUp = application.nextFollowUp;
              // One keyed fragment per application: an unkeyed array is matched by place, so removing a row above
              // (a delete) would remount every row below it and drop the focus one of them held.
              return (
                <Fragment key={application.id}>
                  <tr data-id={application.id} data-application={application.id} className={`status-${application.status}`}>
                    <th scope="row" className="col-company">
                      <button
                        type="button"
                        className="link-button row-open"
                        data-stop={0}
                        tabIndex={tabIndexOf(application, 0)}
                        aria-haspopup="dialog"
                        data-opens-details=""
                        onClick={() => onOpen(application.id)}
                      >
                        {application.company}
                      </button>
                      {application.role ? <span className="role-inline">{application.role}</span> : null}
                    </th>
                    <td className="col-role">{application.role}</td>
                    <td className="col-status">
                      <span className={`chip status-chip status-${application.status}`}>{copy.statuses[application.status]}</span>
                    </td>
                    <td className="col-applied">{application.appliedOn ? tableDay(application.appliedOn, today) : a.notYet}</td>
                    <td className="col-activity">{tableDay(dayOfMoment(application.updatedAt), today)}</td>
                    <td className="col-next">
                      {application.silent ? <span className="next-line">{a.quietShort}</span> : null}
                      {!application.silent && followUp ? (
                        <span className={followUp.dueOn <= today ? 'next-line due' : 'next-line'}>
                          {fill(a.nextFollowUp, { date: tableDay(followUp.dueOn, today) })}
                        </span>
                      ) : null}
                      {actionsOf(application).map((action, index) => (
                        <button
                          key={action.label}
                          type="button"
                          className="button small row-action"
                          data-stop={index + 1}
                          tabIndex={tabIndexOf(application, index + 1)}
                          // Named with the company for a screen reader's list of buttons; a visually hidden span
                          // did the same in jsdom, but Chromium's name joined it with a space ("Sent : Acme").
                          aria-label={`${action.label}: ${application.company}`}
                          onClick={() => {
                            refocus.current = { id: application.id, was: stateOf(application) };
                            action.run();
                          }}
                        >
                          {action.label}
                        </button>
                      ))}
                    </td>
                  </tr>
                  {/* Details open in the side panel; a panel-less caller still gets them below the row. */}
                  {open && details(application.id) !== null ? (
                    <tr className="details-row" id={`${rowKey}-details`}>
                      <td colSpan={columns.length}>{details(application.id)}</td>
                    </tr>
                  ) : null}
                </Fragment>
              );
            })}
          </tbody>
        </table>
      </div>
      <div className="button-row">
        <p className="hint" role="status">
          {fill(a.showing, { shown: String(items.length), total: String(first.total) })}
        </p>
        {list.hasNextPage ? (
          <button type="button" className="button small" disabled={list.isFetchingNextPage} onClick={() => void list.fetchNextPage()}>
            {fill(a.showMore, { count: String(Math.min(applicationsPageSize, first.total - fresh.length)) })}
          </button>
        ) : null}
        {kept ? (
          <button type="button" className="button small" aria-describedby={`${id}-kept`} onClick={() => setReload(reload + 1)}>
            {a.sortAgain}
          </button>
        ) : null}
        {kept ? (
          <span className="hint" id={`${id}-kept`}>
            {a.keptOrder}
          </span>
        ) : null}
      </div>
      {list.error ? <p role="alert">{list.error.message}</p> : null}
    </>
  );
}
