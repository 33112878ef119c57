import { keepPreviousData, useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { useEffect, useId, useRef, useState, type ChangeEvent, type ReactNode } from 'react';
import type { View } from '../../../electron/core/app/contract';
import {
  applicationStatuses,
  applicationsPageSize,
  boardColumnSize,
  maxImportChars,
  type Application,
  type ApplicationsBoard,
  type ApplicationsPage,
  type ApplicationStatus,
} from '../../../electron/core/applications/schema';
import { call, type ClientError } from '../ipc/client';
import { useApiMutation } from '../ipc/queries';
import { ApplicationCard } from './ApplicationCard';
import { ApplicationDetails } from './ApplicationDetails';
import { ApplicationForm } from './ApplicationForm';
import { ExportButton } from '../components/ExportButton';
import { copy, fill } from './format';
import { FormError } from '../components/SaveRow';

type Sort = 'updated' | 'company' | 'status' | 'applied';
type Layout = 'list' | 'board';

interface Filter {
  search: string;
  status: ApplicationStatus | '';
  sort: Sort;
}

const searchOf = (filter: Filter) => (filter.search.trim() ? { search: filter.search.trim() } : {});

/**
 * The list, fifty at a time from core (each page an index walk there), with
 * the pages so far kept on screen. Shares the `applications:list` key
 * prefix, so any saved change refreshes it.
 */
function useApplicationsList(filter: Filter) {
  return useInfiniteQuery<ApplicationsPage, ClientError, { pages: ApplicationsPage[] }, readonly unknown[], number>({
    queryKey: ['applications:list', 'pages', filter],
    initialPageParam: 0,
    queryFn: ({ pageParam }) =>
      call('applications:list', {
        ...searchOf(filter),
        ...(filter.status ? { status: filter.status } : {}),
        sort: filter.sort,
        offset: pageParam,
        limit: applicationsPageSize,
      }),
    getNextPageParam: (last) => (last.offset + last.items.length < last.total ? last.offset + last.items.length : undefined),
    // While a new search loads, keep the old cards rather than flashing an empty list.
    placeholderData: keepPreviousData,
  });
}

/** The board: the first cards of every column, ten more per column on request. */
function useApplicationsBoard(filter: Filter, perColumn: number) {
  const input = { ...searchOf(filter), sort: filter.sort, perColumn };
  return useQuery<ApplicationsBoard, ClientError>({
    queryKey: ['applications:board', input],
    queryFn: () => call('applications:board', input),
    placeholderData: keepPreviousData,
  });
}

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
  const [adding, setAdding] = useState(false);
  const [rejected, setRejected] = useState<Application | null>(null);
  // The application whose details are open in the side panel.
  const [openId, setOpenId] = useState<number | null>(null);
  const [importMessage, setImportMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const filter: Filter = { search, status: layout === 'list' ? status : '', sort };
  const create = useApiMutation('applications:create');
  const setStatusMutation = useApiMutation('applications:setStatus');
  const importCsv = useApiMutation('applications:importCsv');
  const rejectedHeading = useRef<HTMLHeadingElement>(null);
  // The offer to reflect appears above the list: take the reader there so it is not missed.
  useEffect(() => {
    if (rejected) rejectedHeading.current?.focus();
  }, [rejected]);

  const changeStatus = (applicationId: number, next: ApplicationStatus) => {
    setStatusMutation.mutate(
      { id: applicationId, status: next },
      { onSuccess: (result) => setRejected(result.offerReflection ? result.application : null) },
    );
  };
  const onStatus = (application: Application, next: ApplicationStatus) => changeStatus(application.id, next);

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

  const card = (application: Application) => (
    <ApplicationCard
      key={application.id}
      application={application}
      today={today}
      silenceAfterDays={silenceAfterDays}
      onStatus={onStatus}
      onOpen={setOpenId}
    />
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
        {adding ? <ApplicationForm today={today} onSubmit={(input) => create.mutateAsync(input)} onOpenExisting={setOpenId} /> : null}
      </section>
      {openId !== null ? (
        <ApplicationDetails key={openId} id={openId} today={today} onClose={() => setOpenId(null)} onStatus={changeStatus} />
      ) : null}

      <section aria-labelledby={`${id}-apps`}>
        <h2 id={`${id}-apps`}>{a.heading}</h2>
        <div className="toolbar" role="search">
          <div className="field">
            <label htmlFor={`${id}-search`}>{a.search}</label>
            <input id={`${id}-search`} type="search" maxLength={200} value={search} onChange={(event) => setSearch(event.target.value)} />
          </div>
          {layout === 'list' ? (
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
          <div className="field">
            <label htmlFor={`${id}-sort`}>{a.sort}</label>
            <select id={`${id}-sort`} value={sort} onChange={(event) => setSort(event.target.value as Sort)}>
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
                <input type="radio" name={`${id}-layout`} value={option} checked={layout === option} onChange={() => setLayout(option)} />
                {option === 'list' ? a.viewList : a.viewBoard}
              </label>
            ))}
          </fieldset>
        </div>
        <FormError message={setStatusMutation.error?.message} />

        {layout === 'list' ? (
          <ApplicationsList filter={filter} card={card} />
        ) : (
          <ApplicationsBoardView key={JSON.stringify(filter)} filter={filter} card={card} headingId={id} />
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

type Card = (application: Application) => ReactNode;

function ListMessage({ hasAny, error }: { hasAny: boolean; error: ClientError | null }) {
  const a = copy.applications;
  if (error) return <p role="alert">{error.message}</p>;
  return <p className="hint">{hasAny ? a.noMatch : a.none}</p>;
}

function ApplicationsList({ filter, card }: { filter: Filter; card: Card }) {
  const a = copy.applications;
  const list = useApplicationsList(filter);
  const pages = list.data?.pages ?? [];
  const first = pages[0];
  if (!first)
    return list.error ? (
      <ListMessage hasAny error={list.error} />
    ) : (
      <p className="loading" role="status">
        {a.loading}
      </p>
    );
  const items = pages.flatMap((page) => page.items);
  if (items.length === 0) return <ListMessage hasAny={first.hasAny} error={list.error} />;
  return (
    <>
      <div className="app-list">{items.map(card)}</div>
      <div className="button-row">
        <p className="hint" role="status">
          {fill(a.showing, { shown: String(items.length), total: String(first.total) })}
        </p>
        {list.hasNextPage ? (
          <button type="button" className="button small" disabled={list.isFetchingNextPage} onClick={() => void list.fetchNextPage()}>
            {fill(a.showMore, { count: String(Math.min(applicationsPageSize, first.total - items.length)) })}
          </button>
        ) : null}
      </div>
      {list.error ? <p role="alert">{list.error.message}</p> : null}
    </>
  );
}

function ApplicationsBoardView({ filter, card, headingId }: { filter: Filter; card: Card; headingId: string }) {
  const a = copy.applications;
  const [perColumn, setPerColumn] = useState(boardColumnSize);
  const board = useApplicationsBoard(filter, perColumn);
  if (!board.data)
    return board.error ? (
      <ListMessage hasAny error={board.error} />
    ) : (
      <p className="loading" role="status">
        {a.loading}
      </p>
    );
  const { columns, hasAny } = board.data;
  if (columns.every((column) => column.total === 0)) return <ListMessage hasAny={hasAny} error={board.error} />;
  const more = columns.some((column) => column.total > column.items.length);
  return (
    <>
      <div className="board">
        {columns.map((column) => (
          <section key={column.status} className="board-column" aria-labelledby={`${headingId}-col-${column.status}`}>
            <h3 id={`${headingId}-col-${column.status}`}>
              {copy.statuses[column.status]} <span className="count">{column.total}</span>
            </h3>
            {column.items.length ? column.items.map(card) : <p className="hint">{a.boardEmpty}</p>}
          </section>
        ))}
      </div>
      {more ? (
        <div className="button-row">
          <button
            type="button"
            className="button small"
            disabled={board.isFetching}
            onClick={() => setPerColumn(perColumn + boardColumnSize)}
          >
            {fill(a.showMore, { count: String(boardColumnSize) })}
          </button>
        </div>
      ) : null}
      {board.error ? <p role="alert">{board.error.message}</p> : null}
    </>
  );
}
