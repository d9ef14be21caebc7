import pino, { type Logger } from 'pino';

export const LOGGER = Symbol('LOGGER');

/**
 * Log lines are gathered up to this many bytes before they are written, and written at least this often: one system
 * call for many requests' lines instead of one each (about a tenth of a warm `{ me }`'s CPU went to those writes). A
 * line reaches the terminal or the log collector within a second; on exit (normal, a signal the app handles, or a crash)
 * pino writes what is buffered synchronously. Only a `SIGKILL` can lose the last second's lines.
 */
const LOG_BUFFER_BYTES = 4096;
const LOG_FLUSH_MS = 1000;

/**
 * JSON logs. Personal data stays out: request logs carry method, path, status, duration and the request id only;
 * the redact list is a second guard for anything that slips into a log call.
 *
 * Lines are written asynchronously (buffered by pino's SonicBoom, flushed on exit), so a request never waits for the
 * terminal or the log collector. `destination` is a file descriptor or path (default: standard output).
 */
export function createLogger(level: string, destination: number | string = 1): Logger {
  const options = {
    level,
    base: { service: 'tandem-api' },
    redact: {
      paths: ['email', 'password', 'token', 'name', '*.email', '*.password', '*.token', '*.name', 'req.headers.cookie', 'req.headers.authorization'],
      censor: '[redacted]',
    },
  };
  if (level === 'silent') return pino(options);
  const stream = pino.destination({ dest: destination, sync: false, minLength: LOG_BUFFER_BYTES });
  setInterval(() => {
    try {
      stream.flush();
    } catch {
      // Closed (the process is ending): pino has written what was buffered.
    }
  }, LOG_FLUSH_MS).unref();
  return pino(options, stream);
}
