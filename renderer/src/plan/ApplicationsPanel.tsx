import { useCallback, useEffect, useId, useRef, useState, type ChangeEvent } from 'react';
import type { View } from '../../../electron/core/app/contract';
import {
  applicationSortKeys,
  applicationStatuses,
  maxImportChars,
  sortDirections,
  type ApplicationSummary,
  type ApplicationSort,
  type ApplicationStatus,
  type SortDirection,
} from '../../../electron/core/applications/schema';
import { call } from '../ipc/client';
import { useApiMutation } from '../ipc/queries';
import { ApplicationDetails } from './ApplicationDetails';
import { ApplicationForm } from './ApplicationForm';
import { ApplicationsBoardView, type CardProps } from './ApplicationsBoard';
import { ApplicationsTable } from './ApplicationsTable';
import { ExportButton } from '../components/ExportButton';
import { copy, fill } from './format';
import { FormError } from '../components/SaveRow';
import type { Filter } from './useApplicationRows';

export type Layout = 'table' | 'board';

const sortLabel: Record<ApplicationSort, string> = {
  updated: copy.applications.sortUpdated,
  company: copy.applications.sortCompany,
  role: copy.applications.colRole,
  status: copy.applications.sortStatus,
  applied: copy.applications.sortApplied,
  next: copy.applications.colNext,
};

/** Every application: add, search, filter, sort, a table or a board, status in one click, import and export. */
export function ApplicationsPanel({
  today,
  silenceAfterDays,
  navigate,
  layout,
  onLayout,
}: {
  today: string;
  silenceAfterDays: number;
  navigate: (view: View, action?: string | null) => void;
  /** Table or board: kept in the address by the Plan view, so a reload or a link keeps it. */
  layout: Layout;
  onLayout: (layout: Layout) => void;
}) {
  const id = useId();
  const a = copy.applications;
  const [search, setSearch] = useState('');
  const [status, setStatus] = useState<ApplicationStatus | ''>('');
  const [sort, setSort] = useState<ApplicationSort>('updated');
  const [direction, setDirection] = useState<SortDirection>(sortDirections.updated);
  const [openId, setOpenId] = useState<number | null>(null);
  const [focusId, setFocusId] = useState<number | null>(null);
  const [adding, setAdding] = useState(false);
  const [rejected, setRejected] = useState<ApplicationSummary | null>(null);
  const [importMessage, setImportMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const filter: Filter = { search, status: layout === 'table' ? status : '', sort, direction };
  const create = useApiMutation('applications:create');
  const setStatusMutation = useApiMutation('applications:setStatus');
  const importCsv = useApiMutation('applications:importCsv');
  const rejectedHeading = useRef<HTMLHeadingElement>(null);
  // The offer to reflect appears above the list: take the reader there so it is not missed.
  useEffect(() => {
    if (rejected) rejectedHeading.current?.focus();
  }, [rejected]);

  // One way to change a status, whatever asks: a row's or a card's button, a drop on the board.
  const onStatus = (application: ApplicationSummary, next: ApplicationStatus) => {
    setStatusMutation.mutate(
      { id: application.id, status: next },
      {
        onSuccess: (result) => {
          setRejected(result.offerReflection ? result.application : null);
          // On the board the card now sits in another column: its move button takes the focus there.
          if (layout === 'board' && !result.offerReflection) setFocusId(application.id);
        },
      },
    );
  };
  /** Opens or closes an application's details (a row's Enter, a card's Details button). */
  const onOpen = (id: number) => setOpenId(id);
  // Details open in the side panel (below), never inside the row or the card.
  const details = () => null;
  const onFocused = useCallback(() => setFocusId(null), []);
  const onSort = (next: ApplicationSort) => {
    setDirection(next === sort ? (direction === 'asc' ? 'desc' : 'asc') : sortDirections[next]);
    setSort(next);
  };
  const cardProps: CardProps = { today, silenceAfterDays, onStatus, openId, onOpen, details, focusId, onFocused };
  // A status chosen in the side panel. The offer to reflect sits above the list, behind the modal panel, where
  // it could be neither read nor focused: a rejection closes the panel, so the offer takes the focus.
  const changeStatus = (applicationId: number, next: ApplicationStatus) => {
    setStatusMutation.mutate(
      { id: applicationId, status: next },
      {
        onSuccess: (result) => {
          setRejected(result.offerReflection ? result.application : null);
          if (result.offerReflection) setOpenId(null);
        },
      },
    );
  };

  const onImport = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    setImportMessage(null);
    if (file.size > maxImportChars) {
      setImportMessage({ ok: false, text: fill(copy.errors.csvTooLarge, { max: String(maxImportChars / 1024 / 1024) }) });
      return;
    }
    const content = await file.text();
    importCsv.mutate(
      { content },
      {
        onSuccess: (result) => setImportMessage({ ok: true, text: fill(a.imported, { count: String(result.imported) }) }),
        onError: (error) => setImportMessage({ ok: false, text: error.message }),
      },
    );
  };

  return (
    <>
      {rejected ? (
        <section className="card gentle" aria-labelledby={`${id}-rejected`}>
          <h2 id={`${id}-rejected`} ref={rejectedHeading} tabIndex={-1}>
            {a.rejectedTitle}
          </h2>
          <p>{a.rejectedBody}</p>
          <div className="button-row">
            <button type="button" className="button primary" onClick={() => navigate('reflect', `new-rejection-${rejected.id}`)}>
              {a.reflectNow}
            </button>
            <button type="button" className="button" onClick={() => setRejected(null)}>
              {a.notNow}
            </button>
          </div>
        </section>
      ) : null}

      <section className="card" aria-labelledby={`${id}-add`}>
        <div className="card-head">
          <h2 id={`${id}-add`}>{a.addHeading}</h2>
          <button type="button" className="button small" aria-expanded={adding} onClick={() => setAdding(!adding)}>
            {adding ? a.cancel : a.add}
          </button>
        </div>
        {adding ? <ApplicationForm today={today} onSubmit={(input) => create.mutateAsync(input)} onOpenExisting={setOpenId} /> : null}
      </section>
      {openId !== null ? (
        <ApplicationDetails
          key={openId}
          id={openId}
          today={today}
          onClose={() => setOpenId(null)}
          onDeleted={() => setOpenId(null)}
          onStatus={changeStatus}
        />
      ) : null}

      <section aria-labelledby={`${id}-apps`}>
        {/* Takes the focus when the last application is deleted from its panel, so it does not fall to the page. */}
        <h2 id={`${id}-apps`} tabIndex={-1} data-applications-heading="">
          {a.heading}
        </h2>
        <div className="toolbar" role="search">
          <div className="field">
            <label htmlFor={`${id}-search`}>{a.search}</label>
            <input id={`${id}-search`} type="search" maxLength={200} value={search} onChange={(event) => setSearch(event.target.value)} />
          </div>
          {layout === 'table' ? (
            <div className="field">
              <label htmlFor={`${id}-status`}>{a.filter}</label>
              <select id={`${id}-status`} value={status} onChange={(event) => setStatus(event.target.value as ApplicationStatus | '')}>
                <option value="">{a.filterAll}</option>
                {applicationStatuses.map((item) => (
                  <option key={item} value={item}>
                    {copy.statuses[item]}
                  </option>
                ))}
              </select>
            </div>
          ) : null}
          {layout === 'board' ? (
            <div className="field">
              <label htmlFor={`${id}-sort`}>{a.sort}</label>
              <select
                id={`${id}-sort`}
                value={sort}
                onChange={(event) => {
                  const next = event.target.value as ApplicationSort;
                  setSort(next);
                  setDirection(sortDirections[next]);
                }}
              >
                {applicationSortKeys.map((key) => (
                  <option key={key} value={key}>
                    {sortLabel[key]}
                  </option>
                ))}
              </select>
            </div>
          ) : null}
          <fieldset className="segmented">
            <legend className="visually-hidden">{a.viewLabel}</legend>
            {(['table', 'board'] as const).map((option) => (
              <label key={option} className={layout === option ? 'selected' : undefined}>
                <input type="radio" name={`${id}-layout`} value={option} checked={layout === option} onChange={() => onLayout(option)} />
                {option === 'table' ? a.viewList : a.viewBoard}
              </label>
            ))}
          </fieldset>
        </div>
        <FormError message={setStatusMutation.error?.message} />

        {layout === 'table' ? (
          <ApplicationsTable
            filter={filter}
            today={today}
            onSort={onSort}
            onStatus={onStatus}
            openId={openId}
            onOpen={onOpen}
            details={details}
          />
        ) : (
          <ApplicationsBoardView key={JSON.stringify(filter)} filter={filter} props={cardProps} />
        )}
      </section>

      <section className="card transfer" aria-label={a.transferLabel}>
        <ExportButton label={a.exportCsv} load={() => call('applications:exportCsv')} />
        <div className="field">
          <label htmlFor={`${id}-import`}>{a.importCsv}</label>
          <input
            id={`${id}-import`}
            type="file"
            accept=".csv,text/csv"
            aria-describedby={`${id}-import-hint${importMessage ? ` ${id}-import-result` : ''}`}
            onChange={(event) => void onImport(event)}
          />
          <span className="hint" id={`${id}-import-hint`}>
            {a.importHint}
          </span>
          {importMessage ? (
            <p
              id={`${id}-import-result`}
              className={importMessage.ok ? 'form-status' : 'form-error'}
              role={importMessage.ok ? 'status' : 'alert'}
            >
              {importMessage.text}
            </p>
          ) : null}
        </div>
      </section>
    </>
  );
}
