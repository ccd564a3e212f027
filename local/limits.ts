/** Limits and defaults of the local runtime (npm start), in one place. */

/** SES receives up to 40 MB; the local listener refuses anything larger with 552, like SES would. */
export const MAX_MESSAGE_BYTES = 40 * 1024 * 1024;

export const DEFAULT_SMTP_PORT = 2525;
export const DEFAULT_DATA_DIR = '.runnerup';
export const DEFAULT_ADDRESS = 'followups@localhost';
export const SMTP_HOST = '127.0.0.1';

/** How many receive() calls run at once: enough to overlap I/O, few enough to keep dynalite responsive. */
export const RECEIVE_CONCURRENCY = 8;

/** receive() calls at once while SMTP transactions are in progress: acceptance goes first. */
export const BUSY_RECEIVE_CONCURRENCY = 1;

/** How many due follow-ups fire() at once (different applications; one application's steps stay in order). */
export const FIRE_CONCURRENCY = 4;

/** setTimeout overflows past 2^31-1 ms (about 24.8 days): longer waits are re-armed in chunks. */
export const MAX_TIMER_MS = 2_147_483_647;

/** Retry backoff for a failing fire() or receive(), in real milliseconds. */
export const RETRY_BASE_MS = 200;
export const RETRY_MAX_MS = 60_000;

/** How long SMTP shutdown waits for open sessions before closing them (their mail was not accepted yet). */
export const SMTP_CLOSE_TIMEOUT_MS = 5_000;

/** The largest --speed accepted: beyond this a millisecond of real time exceeds a century. */
export const MAX_SPEED = 1e10;

export const TABLE_NAME = 'runnerup';
export const LOCAL_REGION = 'local';

/** After this many failed receive() attempts a message is set aside in failed/ (raw mail kept), like a DLQ. */
export const MAX_RECEIVE_ATTEMPTS = 4;

