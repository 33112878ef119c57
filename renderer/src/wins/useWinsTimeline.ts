import { keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import type { WinKind, WinsCursor, WinsPage } from '../../../electron/core/wins/schema';
import { call, type ClientError } from '../ipc/client';
import { timelineRows } from './timelineRows';

export interface TimelineFilter {
  kind: WinKind | null;
  search: string;
}

/**
 * The timeline, a page of 200 at a time from core's keyset pagination. It
 * shares the `wins:list` key prefix, so any saved change refreshes it.
 */
export function useWinsTimeline(filter: TimelineFilter) {
  const query = useInfiniteQuery<WinsPage, ClientError, { pages: WinsPage[] }, readonly unknown[], WinsCursor | null>({
    queryKey: ['wins:list', 'timeline', filter],
    initialPageParam: null,
    queryFn: ({ pageParam }) => call('wins:list', { cursor: pageParam, kind: filter.kind, search: filter.search }),
    getNextPageParam: (last) => last.nextCursor,
    // While a new filter loads, keep showing the old rows instead of flashing an empty list.
    placeholderData: keepPreviousData,
  });
  const pages = query.data?.pages;
  const rows = useMemo(() => timelineRows((pages ?? []).flatMap((page) => page.items)), [pages]);
  const weekCounts = useMemo(() => Object.assign({}, ...(pages ?? []).map((page) => page.weekCounts)) as Record<string, number>, [pages]);
  return { ...query, rows, weekCounts, total: pages?.[0]?.total ?? 0 };
}
