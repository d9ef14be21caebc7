import type { AddressInfo } from 'node:net';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { startTestApp, type TestApp } from './test-app';

export interface SmtpListener {
  url: string;
  /** Every message received, parsed, in arrival order. */
  received: ParsedMail[];
  /** While down, every message is refused with a temporary error (451), as a mail server under maintenance would. */
  setDown(down: boolean): void;
  /** Resolves when `predicate` holds over the received messages (polls; fails after `timeoutMs`). */
  waitFor(predicate: (mails: ParsedMail[]) => boolean, timeoutMs?: number): Promise<ParsedMail[]>;
  close(): Promise<void>;
}

/** A real SMTP server on a free port (smtp-server), parsing what it receives with mailparser. */
export async function startSmtpListener(): Promise<SmtpListener> {
  const received: ParsedMail[] = [];
  let down = false;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onRcptTo(_address, _session, callback) {
      if (down) {
        const err = Object.assign(new Error('Mail service is down for maintenance, try again later'), { responseCode: 451 });
        return callback(err);
      }
      callback();
    },
    onData(stream, _session, callback) {
      simpleParser(stream).then((mail) => {
        received.push(mail);
        callback();
      }, callback);
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.server.address() as AddressInfo).port;
  return {
    url: `smtp://127.0.0.1:${port}`,
    received,
    setDown: (d) => {
      down = d;
    },
    waitFor: async (predicate, timeoutMs = 20_000) => {
      const started = performance.now();
      while (!predicate(received)) {
        if (performance.now() - started > timeoutMs) throw new Error(`SMTP listener: condition not met in ${timeoutMs} ms (${received.length} received)`);
        await new Promise((r) => setTimeout(r, 100));
      }
      return received;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** The public address mail links are built from in the mail tests. */
export const PUBLIC_URL = 'https://tandem.example.org';

export interface MailApp {
  smtp: SmtpListener;
  app: TestApp;
  close(): Promise<void>;
}

/** A test app that mails through a real SMTP listener of its own, polling its job queue every half second. */
export async function startMailApp(env: Record<string, string> = {}): Promise<MailApp> {
  const smtp = await startSmtpListener();
  const app = await startTestApp({ SMTP_URL: smtp.url, PUBLIC_URL, JOBS_POLL_SECONDS: '0.5', ...env });
  return {
    smtp, app,
    close: async () => {
      await app.close();
      await smtp.close();
    },
  };
}
