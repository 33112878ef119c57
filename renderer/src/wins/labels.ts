import { content, fillTemplate } from '../../../content';
import type { WinKind } from '../../../electron/core/wins/schema';

export const kindLabel = (kind: WinKind): string => content.wins.kinds[kind].label;

/** "3 wins", "1 win". */
export function winCount(count: number): string {
  return count === 1 ? content.wins.timeline.countOne : fillTemplate(content.wins.timeline.count, { count: count.toLocaleString('en-US') });
}
