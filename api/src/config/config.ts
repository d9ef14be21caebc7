import { isAbsolute, resolve } from 'node:path';
import { clockFromEnv, parsePinnedInstant, type Clock } from '@tandem/shared';
import { z } from 'zod';

const flag = (fallback: boolean) =>
  z
    .enum(['0', '1', 'true', 'false'])
    .optional()
    .transform((v) => (v === undefined ? fallback : v === '1' || v === 'true'));

const schema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  HOST: z.string().default('0.0.0.0'),
  DATABASE_URL: z.string().url().optional(),
  DATABASE_APP_URL: z.string().url().optional(),
  TANDEM_APP_DB_PASSWORD: z.string().min(8).default('tandem-app-local'),
  TANDEM_DATA_DIR: z.string().optional(),
  TANDEM_PG_PORT: z.coerce.number().int().min(1).max(65535).default(54329),
  TANDEM_DB_NAME: z.string().regex(/^[a-z0-9_]+$/).default('tandem'),
  TANDEM_DEMO: flag(true),
  TANDEM_SIGNUP: flag(true),
  TANDEM_MIGRATE: flag(true),
  TANDEM_SCHEMA_FILE: z.string().optional(),
  PUBLIC_URL: z.string().url().optional(),
  CORS_ORIGINS: z.string().default(''),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  SESSION_TTL_HOURS: z.coerce.number().positive().max(24 * 30).default(12),
  VIEWER_CACHE_SECONDS: z.coerce.number().min(0).max(300).default(10),
  LOGIN_MAX_FAILURES_PER_ACCOUNT: z.coerce.number().int().positive().default(5),
  LOGIN_MAX_ATTEMPTS_PER_IP: z.coerce.number().int().positive().default(30),
  SIGNUP_MAX_PER_IP: z.coerce.number().int().positive().default(5),
  PASSWORD_RESET_MAX_PER_IP: z.coerce.number().int().positive().default(10),
  WEB_DIST: z.string().optional(),
  TRUST_PROXY: z.string().default(''),
  SMTP_URL: z.preprocess((v) => (v === '' ? undefined : v), z.string().regex(/^smtps?:\/\/[^\s]+$/, 'must be an smtp:// or smtps:// URL').optional()),
  MAIL_FROM: z.string().min(3).max(200).default('Tandem <tandem@localhost>'),
  TANDEM_JOBS: flag(true),
  MAIL_RETRY_LIMIT: z.coerce.number().int().min(0).max(50).default(8),
  MAIL_RETRY_DELAY_SECONDS: z.coerce.number().int().min(1).max(3600).default(30),
  JOBS_POLL_SECONDS: z.coerce.number().min(0.5).max(600).default(2),
  REMINDER_SWEEP_SECONDS: z.coerce.number().int().min(0).max(86_400).default(300),
  TANDEM_NOW: z
    .string()
    .optional()
    .refine((v) => {
      if (!v) return true;
      try {
        parsePinnedInstant(v);
        return true;
      } catch {
        return false;
      }
    }, 'must be an ISO date (2027-03-14) or an instant with an offset (2027-03-14T06:30:00-04:00)'),
});

export type AppConfig = ReturnType<typeof loadConfig>;

/** Reads and validates the environment once; fails fast naming every bad key. The only place that reads process.env. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env, overrides: { clock?: Clock } = {}) {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new Error(`Invalid configuration — ${problems}`);
  }
  const c = parsed.data;
  const repoRoot = resolve(__dirname, '..', '..', '..');
  const abs = (p: string) => (isAbsolute(p) ? p : resolve(process.cwd(), p));
  const publicUrl = (c.PUBLIC_URL ?? `http://localhost:${c.PORT}`).replace(/\/$/, '');
  return {
    production: c.NODE_ENV === 'production',
    /**
     * Users reach the app over HTTPS only (Secure cookies, HSTS, upgrade-insecure-requests): in production, unless the
     * public address is plain http on this machine (`npm start` on a laptop), where those would lock the browser out.
     */
    secureTransport: c.NODE_ENV === 'production' && !/^http:\/\/(localhost|127\.0\.0\.1|\[::1\])(:\d+)?$/.test(publicUrl),
    nodeEnv: c.NODE_ENV,
    port: c.PORT,
    host: c.HOST,
    databaseUrl: c.DATABASE_URL,
    appDatabaseUrl: c.DATABASE_APP_URL,
    appDatabasePassword: c.TANDEM_APP_DB_PASSWORD,
    dataDir: c.TANDEM_DATA_DIR ? abs(c.TANDEM_DATA_DIR) : resolve(repoRoot, '.data'),
    embeddedPort: c.TANDEM_PG_PORT,
    databaseName: c.TANDEM_DB_NAME,
    demo: c.TANDEM_DEMO,
    signup: c.TANDEM_SIGNUP,
    migrate: c.TANDEM_MIGRATE,
    schemaFile: c.TANDEM_SCHEMA_FILE ? abs(c.TANDEM_SCHEMA_FILE) : c.NODE_ENV === 'production' ? null : resolve(repoRoot, 'api', 'schema.gql'),
    publicUrl,
    corsOrigins: c.CORS_ORIGINS.split(',').map((s) => s.trim()).filter(Boolean),
    logLevel: c.LOG_LEVEL,
    sessionTtlMs: c.SESSION_TTL_HOURS * 3600_000,
    /** How long a looked-up viewer may be reused at most (0 = look the viewer up on every request; see ViewerCache). */
    viewerCacheSeconds: c.VIEWER_CACHE_SECONDS,
    /** Failed sign-ins per account *and* client IP in 15 minutes before that pair is paused (not the account). */
    loginMaxFailuresPerAccount: c.LOGIN_MAX_FAILURES_PER_ACCOUNT,
    /** Sign-in attempts per client IP per minute. */
    loginMaxAttemptsPerIp: c.LOGIN_MAX_ATTEMPTS_PER_IP,
    /** Organisation sign-ups per client IP per hour. */
    signupMaxPerIp: c.SIGNUP_MAX_PER_IP,
    /** "Forgot password?" requests per client IP per hour (and at most 3 links per account per hour, silently). */
    passwordResetMaxPerIp: c.PASSWORD_RESET_MAX_PER_IP,
    trustProxy: c.TRUST_PROXY === '' ? null : /^\d+$/.test(c.TRUST_PROXY) ? Number(c.TRUST_PROXY) : c.TRUST_PROXY,
    /** SMTP server for mail (`smtp://user:pass@host:587`, STARTTLS when offered); without it messages stay in the outbox. */
    smtpUrl: c.SMTP_URL ?? null,
    mailFrom: c.MAIL_FROM,
    /** Run the job worker (mail sends, reminders) in this process. */
    jobs: c.TANDEM_JOBS,
    /** Failed sends are retried this often, with exponential back-off from the delay. */
    mailRetryLimit: c.MAIL_RETRY_LIMIT,
    mailRetryDelaySeconds: c.MAIL_RETRY_DELAY_SECONDS,
    jobsPollSeconds: c.JOBS_POLL_SECONDS,
    /** How often a job process looks for reminders and digests that are due (wall seconds; 0 = never). */
    reminderSweepSeconds: c.REMINDER_SWEEP_SECONDS,
    webDist: c.WEB_DIST ? abs(c.WEB_DIST) : resolve(repoRoot, 'web', 'dist'),
    /** The one business clock; `TANDEM_NOW` pins it. */
    clock: overrides.clock ?? clockFromEnv({ TANDEM_NOW: c.TANDEM_NOW }),
  };
}

export const APP_CONFIG = Symbol('APP_CONFIG');
