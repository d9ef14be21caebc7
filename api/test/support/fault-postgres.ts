import { fork } from 'node:child_process';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';

/**
 * A Postgres of the fault test's own (never the run's shared server), on the first free port from 54390: it is
 * stopped, restarted, frozen with SIGSTOP and thawed with SIGCONT while other test files keep using theirs. It runs
 * in a child process (fault-postgres.child.cjs); the freeze signals go from here to its postmaster and children.
 */
export interface FaultPostgres {
  adminUrl: string;
  template: string;
  /** Fast shutdown (SIGINT): sessions end, the port closes. */
  stop(): Promise<void>;
  /** Starts it again on the same data; resolves when it accepts connections. */
  restart(): Promise<void>;
  /** SIGSTOP to the postmaster and every process under it: connections are accepted by the kernel, nothing answers. */
  freeze(): void;
  thaw(): void;
  dispose(): Promise<void>;
}

function canListen(port: number): Promise<boolean> {
  return new Promise((done) => {
    const probe = createServer();
    probe.once('error', () => done(false));
    probe.listen(port, '127.0.0.1', () => probe.close(() => done(true)));
  });
}

/** The first free port from `from` (54390 by default, clear of the suites' shared servers at 5434x–5436x). */
async function freePort(from: number): Promise<number> {
  for (let port = from; port < from + 100; port++) if (await canListen(port)) return port;
  throw new Error(`no free port in ${from}–${from + 99}`);
}

/** The process and all its descendants, read from /proc (parents first). */
function processTree(root: number): number[] {
  const children = new Map<number, number[]>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(entry)]);
    } catch {
      // The process ended while we looked.
    }
  }
  const out: number[] = [];
  const queue = [root];
  while (queue.length) {
    const pid = queue.shift()!;
    out.push(pid);
    queue.push(...(children.get(pid) ?? []));
  }
  return out;
}

function signalTree(pid: number | undefined, signal: NodeJS.Signals): void {
  if (!pid) throw new Error('Postgres is not running');
  for (const p of processTree(pid)) {
    try {
      process.kill(p, signal);
    } catch {
      // Gone already.
    }
  }
}

export async function startFaultPostgres(): Promise<FaultPostgres> {
  const port = await freePort(Number(process.env.TANDEM_FAULT_PG_PORT ?? 54390));
  const dataDir = resolve(__dirname, '..', '..', '..', '.test-data', `fault-${process.pid}-${port}`);
  const template = `tandem_fault_tpl_${process.pid}`;
  const child = fork(join(__dirname, 'fault-postgres.child.cjs'), [dataDir, String(port), template], { stdio: 'inherit' });
  const ready = await new Promise<{ ready: boolean; adminUrl?: string; pid?: number; error?: string }>((done, fail) => {
    child.once('message', (m) => done(m as { ready: boolean }));
    child.once('exit', (code) => fail(new Error(`fault Postgres exited (${code})`)));
  });
  if (!ready.ready || !ready.adminUrl) throw new Error(`fault Postgres did not start: ${ready.error}`);
  let pid = ready.pid;
  let nextId = 0;
  const send = (cmd: string) => new Promise<void>((done, fail) => {
    const id = ++nextId;
    const onMessage = (m: { id?: number; ok?: boolean; pid?: number | null; error?: string }) => {
      if (m.id !== id) return;
      child.off('message', onMessage);
      if (m.pid) pid = m.pid;
      if (m.ok) done();
      else fail(new Error(m.error));
    };
    child.on('message', onMessage);
    child.send({ id, cmd });
  });
  let frozen = false;
  return {
    adminUrl: ready.adminUrl,
    template,
    stop: () => send('stop'),
    restart: () => send('restart'),
    freeze: () => {
      frozen = true;
      signalTree(pid, 'SIGSTOP');
    },
    thaw: () => {
      frozen = false;
      signalTree(pid, 'SIGCONT');
    },
    dispose: async () => {
      if (frozen) signalTree(pid, 'SIGCONT');
      await send('dispose');
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
