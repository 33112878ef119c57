import { infiniteQueryOptions, keepPreviousData, useInfiniteQuery, usePrefetchInfiniteQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import type { WinKind, WinsCursor, WinsPage } from '../../../electron/core/wins/schema';
import { call, type ClientError } from '../ipc/client';
import { timelineRows } from './timelineRows';

export interface TimelineFilter {
  kind: WinKind | null;
  search: string;
}

/** What the timeline shows first: every kind, no search. */
export const unfiltered: TimelineFilter = { kind: null, search: '' };

/**
 * The timeline, a page of 200 at a time from core's keyset pagination. It
 * shares the `wins:list` key prefix, so any saved change refreshes it.
 */
const timelineQuery = (filter: TimelineFilter) =>
  infiniteQueryOptions<WinsPage, ClientError, { pages: WinsPage[] }, readonly unknown[], WinsCursor | null>({
    queryKey: ['wins:list', 'timeline', filter],
    initialPageParam: null,
    queryFn: ({ pageParam }) => call('wins:list', { cursor: pageParam, kind: filter.kind, search: filter.search }),
    getNextPageParam: (last) => last.nextCursor,
  });

export function useWinsTimeline(filter: TimelineFilter) {
  // While a new filter loads, keep showing the old rows instead of flashing an empty list.
  const query = useInfiniteQuery({ ...timelineQuery(filter), placeholderData: keepPreviousData });
  const pages = query.data?.pages;
  const rows = useMemo(() => timelineRows((pages ?? []).flatMap((page) => page.items)), [pages]);
  const weekCounts = useMemo(() => Object.assign({}, ...(pages ?? []).map((page) => page.weekCounts)) as Record<string, number>, [pages]);
  return { ...query, rows, weekCounts, total: pages?.[0]?.total ?? 0 };
}

/**
 * Asks for the timeline's first page now, while the view waits for the numbers that decide whether
 * a timeline shows at all, so its rows arrive with them rather than one round trip later.
 */
export function usePrefetchWinsTimeline(): void {
  usePrefetchInfiniteQuery(timelineQuery(unfiltered));
}
