import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import cookieParser from 'cookie-parser';
import express, { type Request, type Response } from 'express';
import { ExpressBornAdapter, expressBornMessages } from './express-born-messages';

async function listen(server: http.Server): Promise<string> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

const close = (server: http.Server) => new Promise<void>((resolve) => server.close(() => resolve()));

describe('requests and responses born with Express prototypes', () => {
  it('gives a plain Node handler objects whose prototypes are already the app’s', async () => {
    const app = express();
    app.set('trust proxy', 'loopback');
    const seen: Array<{ reqProto: boolean; resProto: boolean; ip: string | undefined }> = [];
    const server = http.createServer(expressBornMessages(app)!, (req, res) => {
      // Nothing from Express has run yet: these are what Node constructed.
      seen.push({ reqProto: Object.getPrototypeOf(req) === app.request, resProto: Object.getPrototypeOf(res) === app.response, ip: (req as Request).ip });
      (res as Response).cookie('a', 'b', { httpOnly: true });
      res.end('ok');
    });
    const url = await listen(server);
    try {
      const res = await fetch(url, { headers: { 'x-forwarded-for': '203.0.113.9' } });
      expect(await res.text()).toBe('ok');
      expect(res.headers.get('set-cookie')).toBe('a=b; Path=/; HttpOnly');
      expect(seen).toEqual([{ reqProto: true, resProto: true, ip: '203.0.113.9' }]);
    } finally {
      await close(server);
    }
  });

  it('serves an Express app exactly as Node’s own classes do (body, status, headers, streaming)', async () => {
    const app = express();
    app.use(express.json());
    app.post('/echo', (req, res) => res.status(201).json({ got: req.body, path: req.path, query: req.query }));
    app.get('/stream', (_req, res) => {
      res.write('a');
      setTimeout(() => res.end('b'), 5);
    });
    const answers: Array<[number, string, string | null]> = [];
    for (const options of [{}, expressBornMessages(app)!]) {
      const server = http.createServer(options, app);
      const url = await listen(server);
      try {
        const echo = await fetch(`${url}/echo?x=1`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"n":2}' });
        answers.push([echo.status, await echo.text(), echo.headers.get('content-type')]);
        const stream = await fetch(`${url}/stream`);
        answers.push([stream.status, await stream.text(), stream.headers.get('transfer-encoding')]);
      } finally {
        await close(server);
      }
    }
    expect(answers.slice(0, 2)).toEqual([
      [201, '{"got":{"n":2},"path":"/echo","query":{"x":"1"}}', 'application/json; charset=utf-8'],
      [200, 'ab', 'chunked'],
    ]);
    expect(answers.slice(2)).toEqual(answers.slice(0, 2));
  });

  it('leaves what the fields it declares at birth mean to Express and its middleware as it was (cookies, body, locals)', async () => {
    const app = express();
    app.use(cookieParser('s3cret'));
    app.use(express.json());
    app.all('/seen', (req, res) => {
      res.locals.seen = true;
      res.json({ cookies: req.cookies, signed: req.signedCookies, secret: (req as Request & { secret?: string }).secret, body: req.body ?? null, locals: { ...res.locals } });
    });
    const answers: unknown[] = [];
    for (const options of [{}, expressBornMessages(app)!]) {
      const server = http.createServer(options, app);
      const url = await listen(server);
      try {
        answers.push(await (await fetch(`${url}/seen`, { headers: { cookie: 'a=1' } })).json());
        answers.push(await (await fetch(`${url}/seen`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"n":3}' })).json());
      } finally {
        await close(server);
      }
    }
    expect(answers.slice(0, 2)).toEqual([
      { cookies: { a: '1' }, signed: {}, secret: 's3cret', body: null, locals: { seen: true } },
      { cookies: {}, signed: {}, secret: 's3cret', body: { n: 3 }, locals: { seen: true } },
    ]);
    expect(answers.slice(2)).toEqual(answers.slice(0, 2));
  });

  it('is what the Nest adapter’s HTTP server uses (unless it needs Node’s HTTPS server)', async () => {
    const adapter = new ExpressBornAdapter();
    adapter.initHttpServer({});
    const server = adapter.getHttpServer() as http.Server;
    const app = adapter.getInstance<express.Express>();
    let born: unknown;
    // Before the Express app's own listener, which would set the prototype itself.
    server.prependListener('request', (req: http.IncomingMessage) => {
      born = Object.getPrototypeOf(req);
    });
    const url = await listen(server);
    try {
      await (await fetch(`${url}/nothing-here`)).text();
      expect(born).toBe(app.request);
    } finally {
      await close(server);
    }
  });
});
