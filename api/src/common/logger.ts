import pino, { type Logger } from 'pino';

export const LOGGER = Symbol('LOGGER');

/**
 * JSON logs. Personal data stays out: request logs carry method, path, status, duration and the request id only;
 * the redact list is a second guard for anything that slips into a log call.
 */
export function createLogger(level: string): Logger {
  return pino({
    level,
    base: { service: 'tandem-api' },
    redact: {
      paths: ['email', 'password', 'token', 'name', '*.email', '*.password', '*.token', '*.name', 'req.headers.cookie', 'req.headers.authorization'],
      censor: '[redacted]',
    },
  });
}
