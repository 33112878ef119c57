import { unzipSync } from 'fflate';
import { content, fillMessage } from '../../../content';
import { refuseFile } from './decode';

const words = content.imports.errors;

/** A LinkedIn archive holds a few dozen files; a thousand is already not one. */
export const maxArchiveEntries = 1000;
/** Unpacked, a LinkedIn archive of years is tens of MB, most of it outside Jobs/. */
export const maxArchiveBytes = 200 * 1024 * 1024;

/** The files worth reading from a LinkedIn archive, wherever the archive puts its folder. */
export const isWantedEntry = (name: string) => /(^|\/)(Jobs\/(Job Applications(_\d+)?|Saved Jobs)\.csv|Connections\.csv)$/i.test(name);

export const isZip = (bytes: Uint8Array) =>
  bytes[0] === 0x50 && bytes[1] === 0x4b && (bytes[2] === 3 || bytes[2] === 5) && (bytes[3] === 4 || bytes[3] === 6);

/**
 * The wanted files of an archive, inflated only after its central directory
 * passed the checks: fewer than maxArchiveEntries entries, and their declared
 * sizes together under maxArchiveBytes. A first pass reads the directory and
 * inflates nothing; a zip bomb is refused there. An entry that inflates past
 * its declared size fails fflate's fixed-size output and refuses the file.
 */
export function unpackArchive(bytes: Uint8Array, wanted: (name: string) => boolean = isWantedEntry): Map<string, Uint8Array> {
  let entries = 0;
  let total = 0;
  try {
    unzipSync(bytes, {
      filter: (file) => {
        entries += 1;
        total += file.originalSize;
        return false;
      },
    });
  } catch {
    return refuseFile(words.zipUnreadable);
  }
  if (entries > maxArchiveEntries) refuseFile(fillMessage(words.zipTooManyFiles, { max: maxArchiveEntries }));
  if (total > maxArchiveBytes) refuseFile(fillMessage(words.zipTooLarge, { max: maxArchiveBytes / 1024 / 1024 }));
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, { filter: (file) => wanted(file.name) && !file.name.endsWith('/') });
  } catch {
    return refuseFile(words.zipUnreadable);
  }
  // Job Applications.csv before Job Applications_1.csv, _2 before _10: the order LinkedIn split them in.
  const order = (name: string) => name.replace(/\.csv$/i, '');
  return new Map(Object.entries(files).sort(([a], [b]) => order(a).localeCompare(order(b), 'en', { numeric: true })));
}
