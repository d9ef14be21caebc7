import pino, { type Logger } from 'pino';

export const LOGGER = Symbol('LOGGER');

/**
 * JSON logs. Personal data stays out: request logs carry method, path, status, duration and the request id only;
 * the redact list is a second guard for anything that slips into a log call.
 *
 * Lines are written asynchronously (buffered by pino's SonicBoom, flushed every second and on exit), so a request never
 * waits for the terminal or the log collector. `destination` is a file descriptor or path (default: standard output).
 */
export function createLogger(level: string, destination: number | string = 1): Logger {
  return pino({
    level,
    base: { service: 'tandem-api' },
    redact: {
      paths: ['email', 'password', 'token', 'name', '*.email', '*.password', '*.token', '*.name', 'req.headers.cookie', 'req.headers.authorization'],
      censor: '[redacted]',
    },
  }, level === 'silent' ? undefined : bufferedDestination(destination));
}

/** How long a log line may wait in the buffer before it is written anyway. */
const FLUSH_EVERY_MS = 1_000;

/**
 * Lines are gathered up to 4 KB before a write, so a busy API makes one write per dozen request lines instead of one
 * each; a quiet one still sees each line within a second. pino flushes what is left when the process exits.
 */
function bufferedDestination(dest: number | string): pino.DestinationStream {
  const stream = pino.destination({ dest, sync: false, minLength: 4096 });
  const timer = setInterval(() => {
    try {
      stream.flush();
    } catch {
      // Not open yet (a path still opening): the next tick, or the exit flush, writes it.
    }
  }, FLUSH_EVERY_MS).unref();
  stream.on('close', () => clearInterval(timer));
  return stream;
}
