import * as http from 'node:http';
import type { Socket } from 'node:net';
import type { NestApplicationOptions } from '@nestjs/common';
import { ExpressAdapter } from '@nestjs/platform-express';
import type { Express } from 'express';

type LegacyConstructor = (this: unknown, ...args: unknown[]) => void;

/**
 * Node's request and response constructors, with instances born with the Express app's own prototypes
 * (`app.request`, `app.response`: `req.ip`, `res.cookie`, …). Express gives every request those prototypes with
 * `Object.setPrototypeOf` on its way in; done to a live object that turns it into a slow, dictionary-mode object (about
 * 3 KB more garbage a request, and every later property read on `req` and `res` a hash lookup). Born with them, that
 * call is a no-op (the prototype is already the one asked for). `undefined` where Node's constructors are classes
 * (they cannot be called on another object), and the server keeps Node's own.
 */
export function expressBornMessages(app: Express): { IncomingMessage: typeof http.IncomingMessage; ServerResponse: typeof http.ServerResponse } | undefined {
  const isClass = (f: unknown) => /^class\b/.test(Function.prototype.toString.call(f));
  if (isClass(http.IncomingMessage) || isClass(http.ServerResponse)) return undefined;
  const NodeRequest = http.IncomingMessage as unknown as LegacyConstructor;
  const NodeResponse = http.ServerResponse as unknown as LegacyConstructor;
  function ExpressRequest(this: Record<string, unknown>, socket: Socket): void {
    NodeRequest.call(this, socket);
    // What every API request gets on its way in (Express's init, the request id, cookie-parser, the body), declared at
    // birth: each property added to a live request later is another change of shape.
    this.res = undefined;
    this.id = undefined;
    this.body = undefined;
    this.secret = undefined;
    this.cookies = undefined;
    this.signedCookies = undefined;
  }
  // No fields declared on the response: Node's ServerResponse is a dictionary-mode object from birth (its constructor
  // adds too many symbol-keyed fields), so a property added later costs no change of shape (checked with V8's
  // %HasFastProperties).
  function ExpressResponse(this: unknown, req: http.IncomingMessage, options?: unknown): void {
    NodeResponse.call(this, req, options);
  }
  ExpressRequest.prototype = app.request;
  ExpressResponse.prototype = app.response;
  return {
    IncomingMessage: ExpressRequest as unknown as typeof http.IncomingMessage,
    ServerResponse: ExpressResponse as unknown as typeof http.ServerResponse,
  };
}

/** Nest's Express adapter, whose HTTP server makes requests and responses born with Express's prototypes. */
export class ExpressBornAdapter extends ExpressAdapter {
  override initHttpServer(options: NestApplicationOptions): void {
    const messages = expressBornMessages(this.getInstance<Express>());
    if (!messages || options?.httpsOptions || options?.forceCloseConnections) {
      super.initHttpServer(options);
      return;
    }
    this.httpServer = http.createServer(messages, this.getInstance<Express>());
  }
}
