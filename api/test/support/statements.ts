import { Client } from 'pg';
import { JOB_SCHEMA } from '@tandem/database';

/**
 * The SQL texts sent to Postgres while `fn` runs, in order, without the job queue's own polling (it runs on its own
 * schedule, not the request's).
 */
export async function statementsOf(fn: () => Promise<unknown>): Promise<string[]> {
  const spy = jest.spyOn(Client.prototype, 'query');
  try {
    await fn();
    return spy.mock.calls.map(([q]) => String(typeof q === 'object' && q !== null ? (q as { text: string }).text : q)).filter((t) => !t.includes(JOB_SCHEMA));
  } finally {
    spy.mockRestore();
  }
}
