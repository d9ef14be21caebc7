import pino, { type Logger } from 'pino';

export const LOGGER = Symbol('LOGGER');

/**
 * JSON logs. Personal data stays out: request logs carry method, path, status, duration and the request id only;
 * the redact list is a second guard for anything that slips into a log call.
 *
 * Lines are written asynchronously (buffered by pino's SonicBoom, flushed on exit), so a request never waits for the
 * terminal or the log collector. `destination` is a file descriptor or path (default: standard output).
 */
export function createLogger(level: string, destination: number | string = 1): Logger {
  return pino({
    level,
    base: { service: 'tandem-api' },
    redact: {
      paths: ['email', 'password', 'token', 'name', '*.email', '*.password', '*.token', '*.name', 'req.headers.cookie', 'req.headers.authorization'],
      censor: '[redacted]',
    },
  }, level === 'silent' ? undefined : pino.destination({ dest: destination, sync: false }));
}
