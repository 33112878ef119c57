import path from 'node:path';
import log from 'electron-log/node';

/** The log lives in the data folder, next to the database, so "Open the log folder" and a bug report find it. */
export function logFolder(dataDir: string): string {
  return path.join(dataDir, 'logs');
}

export function logFilePath(dataDir: string): string {
  return path.join(logFolder(dataDir), 'main.log');
}

/** About 512 KB per file, one older file kept (main.old.log): a few months of hiccups, never a disk filler. */
export const logMaxBytes = 512 * 1024;

/**
 * A channel name as it may be written down. A refused call's name comes from
 * the page and may be anything: it is cut short and reduced to the letters a
 * real channel uses, so nothing else (least of all the person's text) lands in
 * the file. The payload is never passed here at all.
 */
export function safeChannelName(channel: unknown): string {
  if (typeof channel !== 'string') return `(${typeof channel})`;
  const cleaned = channel.slice(0, 64).replace(/[^A-Za-z0-9:._-]/g, '?');
  return channel.length > 64 ? `${cleaned}…` : cleaned;
}

export function refusalLine(channel: unknown, code: string): string {
  return `refused ${safeChannelName(channel)}: ${code}`;
}

/**
 * What an error says about where it happened, without what it was about: the
 * name and the stack's frames. Messages are left out because a database or
 * validation error can quote a value the person typed.
 */
export function errorLine(where: string, error: unknown): string {
  if (!(error instanceof Error)) return `${where}: a ${typeof error} was thrown`;
  const frames = (error.stack ?? '')
    .split('\n')
    .filter((line) => /^\s+at /.test(line))
    .slice(0, 8);
  // A system code (SQLITE_BUSY, ENOSPC) says what went wrong and never carries the person's words.
  const code = (error as { code?: unknown }).code;
  const named = typeof code === 'string' && /^[A-Z0-9_]{1,40}$/.test(code) ? `${error.name} ${code}` : error.name;
  return [`${where}: ${named}`, ...frames].join('\n');
}

export interface MainLog {
  info(message: string): void;
  error(where: string, error: unknown): void;
  refused(channel: unknown, code: string): void;
  readonly file: string;
  readonly folder: string;
}

/**
 * Main's log: electron-log's Node logger (no IPC of its own, so the page gets
 * no second door in), writing to the data folder and rotating at logMaxBytes.
 */
export function createMainLog(dataDir: string, options: { maxBytes?: number; console?: boolean } = {}): MainLog {
  const logger = log.create({ logId: `rebound-main-${dataDir}` });
  const file = logFilePath(dataDir);
  logger.transports.file.resolvePathFn = () => file;
  logger.transports.file.maxSize = options.maxBytes ?? logMaxBytes;
  logger.transports.file.level = 'info';
  logger.transports.console.level = options.console === false ? false : 'warn';
  return {
    info: (message) => logger.info(message),
    error: (where, error) => logger.error(errorLine(where, error)),
    refused: (channel, code) => logger.warn(refusalLine(channel, code)),
    file,
    folder: logFolder(dataDir),
  };
}
