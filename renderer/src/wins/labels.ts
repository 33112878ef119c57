import { content, fillTemplate } from '../../../content';
import type { WinKind } from '../../../electron/core/wins/schema';

export const kindLabel = (kind: WinKind): string => content.wins.kinds[kind].label;

/** "3 wins", "1 win". */
export function winCount(count: number): string {
  return fillTemplate(content.wins.timeline.count, { count });
}
