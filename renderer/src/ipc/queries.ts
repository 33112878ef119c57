import { useEffect } from 'react';
import { keepPreviousData, QueryClient, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Channel, InputOf, OutputOf } from '../../../electron/core/ipc/contract';
import { call, type ClientError } from './client';

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      // Data is local and changes only through Rebound: no background polling, no refetch on focus.
      queries: { staleTime: Infinity, refetchOnWindowFocus: false, retry: false },
      mutations: { retry: false },
    },
  });
}

/**
 * A read over the typed client, keyed by channel and input. `keepPrevious`
 * shows the last answer while a new input's is on its way (a search as it is
 * typed), so what is on screen does not blink away between keystrokes.
 */
export function useApiQuery<C extends Channel>(channel: C, input?: InputOf<C>, options: { keepPrevious?: boolean } = {}) {
  return useQuery<OutputOf<C>, ClientError>({
    queryKey: [channel, input ?? null],
    queryFn: () => (call as (c: C, i?: InputOf<C>) => Promise<OutputOf<C>>)(channel, input),
    ...(options.keepPrevious ? { placeholderData: keepPreviousData } : {}),
  });
}

/**
 * A write over the typed client. Any successful write refreshes every open
 * query: reads are local and take microseconds, and this keeps every view
 * true without a hand-kept map of which write touches which read.
 */
export function useApiMutation<C extends Channel>(channel: C) {
  const queryClient = useQueryClient();
  return useMutation<OutputOf<C>, ClientError, InputOf<C>>({
    mutationFn: (input) => (call as (c: C, i: InputOf<C>) => Promise<OutputOf<C>>)(channel, input),
    onSuccess: () => queryClient.invalidateQueries(),
  });
}

/** Refetches when main says data changed elsewhere (the tray, a timer, another window). */
export function useDataChangedRefresh(): void {
  const queryClient = useQueryClient();
  useEffect(() => window.rebound.on['data:changed'](() => void queryClient.invalidateQueries()), [queryClient]);
}

/**
 * A write for a form that saves itself (components/useAutosave.ts): the call, then every open query
 * refreshed, like useApiMutation. A plain function rather than a mutation observer, so the write a form
 * flushes as it unmounts still runs to the end and refreshes the view it left for.
 */
export function useApiSave<C extends Channel>(channel: C): (input: InputOf<C>) => Promise<OutputOf<C>> {
  const queryClient = useQueryClient();
  return async (input) => {
    const result = await (call as (c: C, i: InputOf<C>) => Promise<OutputOf<C>>)(channel, input);
    void queryClient.invalidateQueries();
    return result;
  };
}
