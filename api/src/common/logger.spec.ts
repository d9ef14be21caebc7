import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createLogger } from './logger';

describe('createLogger', () => {
  const dir = mkdtempSync(join(tmpdir(), 'tandem-logger-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const linesOf = (file: string) => {
    try {
      return readFileSync(file, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as Record<string, unknown>);
    } catch {
      return [];
    }
  };

  it('gathers lines into one write and still delivers each within about a second, redacted', async () => {
    const file = join(dir, 'a.log');
    const logger = createLogger('info', file);
    await new Promise((r) => setTimeout(r, 100)); // the file is opened asynchronously
    logger.info({ requestId: 'r1', email: 'someone@example.org' }, 'first');
    logger.info({ requestId: 'r2' }, 'second');
    // Not written yet: far under the buffer's size.
    expect(linesOf(file)).toEqual([]);
    const deadline = performance.now() + 3000;
    while (linesOf(file).length < 2 && performance.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    const lines = linesOf(file);
    expect(lines.map((l) => [l.msg, l.requestId, l.service])).toEqual([['first', 'r1', 'tandem-api'], ['second', 'r2', 'tandem-api']]);
    expect(lines[0]!.email).toBe('[redacted]');
  });

  it('writes as soon as the buffer is full', async () => {
    const file = join(dir, 'b.log');
    const logger = createLogger('info', file);
    await new Promise((r) => setTimeout(r, 100));
    for (let i = 0; i < 100; i++) logger.info({ requestId: `r${i}`, path: '/graphql', status: 200 }, 'request');
    await new Promise((r) => setTimeout(r, 100));
    // Well before the next periodic flush, most of the 100 lines (about 10 KB) are on disk.
    expect(linesOf(file).length).toBeGreaterThanOrEqual(30);
  });

  it('is silent at level silent', () => {
    const logger = createLogger('silent', join(dir, 'c.log'));
    logger.error('nothing');
    expect(linesOf(join(dir, 'c.log'))).toEqual([]);
  });
});
