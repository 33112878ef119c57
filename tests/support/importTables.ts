import { strFromU8 } from 'fflate';
import type { Table } from '../../electron/core/imports/table';

/** A table as the CSV reader hands it on, its rows numbered from line 2 under a header on line 1. */
export const tableOf = (file: string, header: string[], rows: string[][]): Table => ({
  file,
  header,
  headerLine: 1,
  rows: rows.map((cells, at) => ({ line: at + 2, cells })),
  refused: [],
});

/** Sets the uncompressed size a zip's central directory declares for one entry, as a zip bomb would. */
export function declareSize(zip: Uint8Array, name: string, size: number): Uint8Array {
  const copy = zip.slice();
  const view = new DataView(copy.buffer);
  for (let at = 0; at + 46 <= copy.length; at += 1) {
    if (view.getUint32(at, true) !== 0x02014b50) continue;
    const length = view.getUint16(at + 28, true);
    if (strFromU8(copy.subarray(at + 46, at + 46 + length)) === name) view.setUint32(at + 24, size, true);
  }
  return copy;
}
