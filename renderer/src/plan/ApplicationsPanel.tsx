import { useEffect, useId, useRef, useState, type ChangeEvent } from 'react';
import type { View } from '../../../electron/core/app/contract';
import {
  applicationStatuses,
  maxImportChars,
  type Application,
  type ApplicationStatus,
} from '../../../electron/core/planner/schema';
import { call } from '../ipc/client';
import { useApiMutation, useApiQuery } from '../ipc/queries';
import { ApplicationCard } from './ApplicationCard';
import { ApplicationForm, emptyFields } from './ApplicationForm';
import { ExportButton } from '../components/ExportButton';
import { copy, fill } from './format';
import { FormError } from '../components/SaveRow';

type Sort = 'updated' | 'company' | 'status' | 'applied';

/** Cards drawn at first (per board column on the board); more on request, so ten years of applications stay light. */
const pageSize = { list: 50, board: 10 } as const;
type Layout = 'list' | 'board';

/** Every application: add, search, filter, sort, list or board, status in one click, import and export. */
export function ApplicationsPanel({
  today,
  silenceAfterDays,
  navigate,
}: {
  today: string;
  silenceAfterDays: number;
  navigate: (view: View, action?: string | null) => void;
}) {
  const id = useId();
  const a = copy.applications;
  const [search, setSearch] = useState('');
  const [status, setStatus] = useState<ApplicationStatus | ''>('');
  const [sort, setSort] = useState<Sort>('updated');
  const [layout, setLayout] = useState<Layout>('list');
  const [pages, setPages] = useState(1);
  const [adding, setAdding] = useState(false);
  const [rejected, setRejected] = useState<Application | null>(null);
  const [importMessage, setImportMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const list = useApiQuery('applications:list', {
    ...(search.trim() ? { search: search.trim() } : {}),
    ...(status && layout === 'list' ? { status } : {}),
    sort,
  });
  const all = useApiQuery('applications:list');
  const create = useApiMutation('applications:create');
  const setStatusMutation = useApiMutation('applications:setStatus');
  const importCsv = useApiMutation('applications:importCsv');
  const rejectedHeading = useRef<HTMLHeadingElement>(null);
  // The offer to reflect appears above the list: take the reader there so it is not missed.
  useEffect(() => {
    if (rejected) rejectedHeading.current?.focus();
  }, [rejected]);

  const onStatus = (application: Application, next: ApplicationStatus) => {
    setStatusMutation.mutate(
      { id: application.id, status: next },
      { onSuccess: (result) => setRejected(result.offerReflection ? result.application : null) },
    );
  };

  const onImport = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    setImportMessage(null);
    if (file.size > maxImportChars) {
      setImportMessage({ ok: false, text: 'That file is larger than 5 MB; split it into smaller files.' });
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

  const items = list.data ?? [];
  const limit = pageSize[layout] * pages;
  const longest = layout === 'list' ? items.length : Math.max(0, ...applicationStatuses.map((column) => items.filter((item) => item.status === column).length));
  const shown = layout === 'list' ? Math.min(limit, items.length) : null;
  const hasAny = (all.data?.length ?? 0) > 0;
  const card = (application: Application) => (
    <ApplicationCard key={application.id} application={application} today={today} silenceAfterDays={silenceAfterDays} onStatus={onStatus} />
  );

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
        {adding ? (
          <ApplicationForm initial={emptyFields} submitLabel={a.add} heading={a.addHeading} onSubmit={(fields) => create.mutateAsync(fields)} />
        ) : null}
      </section>

      <section aria-labelledby={`${id}-apps`}>
        <h2 id={`${id}-apps`}>{a.heading}</h2>
        <div className="toolbar" role="search">
          <div className="field">
            <label htmlFor={`${id}-search`}>{a.search}</label>
            <input id={`${id}-search`} type="search" maxLength={200} value={search} onChange={(event) => { setSearch(event.target.value); setPages(1); }} />
          </div>
          {layout === 'list' ? (
            <div className="field">
              <label htmlFor={`${id}-status`}>{a.filter}</label>
              <select id={`${id}-status`} value={status} onChange={(event) => { setStatus(event.target.value as ApplicationStatus | ''); setPages(1); }}>
                <option value="">{a.filterAll}</option>
                {applicationStatuses.map((item) => (
                  <option key={item} value={item}>
                    {copy.statuses[item]}
                  </option>
                ))}
              </select>
            </div>
          ) : null}
          <div className="field">
            <label htmlFor={`${id}-sort`}>{a.sort}</label>
            <select id={`${id}-sort`} value={sort} onChange={(event) => { setSort(event.target.value as Sort); setPages(1); }}>
              <option value="updated">{a.sortUpdated}</option>
              <option value="company">{a.sortCompany}</option>
              <option value="status">{a.sortStatus}</option>
              <option value="applied">{a.sortApplied}</option>
            </select>
          </div>
          <fieldset className="segmented">
            <legend className="visually-hidden">{a.viewLabel}</legend>
            {(['list', 'board'] as const).map((option) => (
              <label key={option} className={layout === option ? 'selected' : undefined}>
                <input type="radio" name={`${id}-layout`} value={option} checked={layout === option} onChange={() => { setLayout(option); setPages(1); }} />
                {option === 'list' ? a.viewList : a.viewBoard}
              </label>
            ))}
          </fieldset>
        </div>
        <FormError message={setStatusMutation.error?.message} />

        {!hasAny ? (
          <p className="hint">{a.none}</p>
        ) : items.length === 0 ? (
          <p className="hint">{a.noMatch}</p>
        ) : layout === 'list' ? (
          <div className="app-list">{items.slice(0, limit).map(card)}</div>
        ) : (
          <div className="board">
            {applicationStatuses.map((column) => {
              const inColumn = items.filter((application) => application.status === column);
              return (
                <section key={column} className="board-column" aria-labelledby={`${id}-col-${column}`}>
                  <h3 id={`${id}-col-${column}`}>
                    {copy.statuses[column]} <span className="count">{inColumn.length}</span>
                  </h3>
                  {inColumn.length ? inColumn.slice(0, limit).map(card) : <p className="hint">{a.boardEmpty}</p>}
                </section>
              );
            })}
          </div>
        )}
        {longest > limit ? (
          <div className="button-row">
            {shown !== null ? <p className="hint">{fill(a.showing, { shown: String(shown), total: String(items.length) })}</p> : null}
            <button type="button" className="button small" onClick={() => setPages(pages + 1)}>
              {fill(a.showMore, { count: String(pageSize[layout]) })}
            </button>
          </div>
        ) : null}
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
            <p id={`${id}-import-result`} className={importMessage.ok ? 'form-status' : 'form-error'} role={importMessage.ok ? 'status' : 'alert'}>
              {importMessage.text}
            </p>
          ) : null}
        </div>
      </section>
    </>
  );
}
