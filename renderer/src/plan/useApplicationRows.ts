import { keepPreviousData, useInfiniteQuery, useQueries } from '@tanstack/react-query';
import { useMemo } from 'react';
import {
  applicationsPageSize,
  type ApplicationSort,
  type ApplicationsPage,
  type ApplicationStatus,
  type SortDirection,
} from '../../../electron/core/applications/schema';
import { call, type ClientError } from '../ipc/client';
import { itemsInOrder, useKeptOrder } from './keptOrder';

export interface Filter {
  search: string;
  status: ApplicationStatus | '';
  sort: ApplicationSort;
  direction: SortDirection;
}

export const searchOf = (filter: Pick<Filter, 'search'>) => (filter.search.trim() ? { search: filter.search.trim() } : {});

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
        direction: filter.direction,
        offset: pageParam,
        limit: applicationsPageSize,
      }),
    getNextPageParam: (last) => (last.offset + last.items.length < last.total ? last.offset + last.items.length : undefined),
    // While a new search loads, keep the old rows rather than flashing an empty list.
    placeholderData: keepPreviousData,
  });
}

/**
 * The rows of the table in the order the person last sorted them: a row a
 * change would move elsewhere (another status, a later page, out of the
 * filter) stays where it is, read again on its own (`applications:get`) so
 * it still says what is true; one deleted meanwhile leaves.
 */
export function useApplicationRows(filter: Filter, reload: number) {
  const list = useApplicationsList(filter);
  const pages = list.data?.pages;
  const fresh = useMemo(() => pages?.flatMap((page) => page.items), [pages]);
  const { order, seen } = useKeptOrder(list.isPlaceholderData ? null : JSON.stringify([filter, reload]), fresh);
  const byId = useMemo(() => new Map(fresh?.map((item) => [item.id, item])), [fresh]);
  const missing = order.filter((id) => !byId.has(id));
  const lookups = useQueries({
    queries: missing.map((id) => ({
      queryKey: ['applications:get', { id }],
      queryFn: () => call('applications:get', { id }),
    })),
  });
  const items = itemsInOrder(order, (id) => {
    const item = byId.get(id);
    if (item) return item;
    const lookup = lookups[missing.indexOf(id)];
    if (lookup?.error) return null;
    // What the row said last, for the moment its own read is still on its way.
    return lookup?.data ?? seen.get(id) ?? null;
  });
  return { list, first: pages?.[0], items, fresh: fresh ?? [], order };
}
