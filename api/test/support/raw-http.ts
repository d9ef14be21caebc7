import { request as httpRequest, type IncomingHttpHeaders, type OutgoingHttpHeaders } from 'node:http';

export interface RawAnswer {
  status: number;
  headers: IncomingHttpHeaders;
  /** The bytes as sent (still compressed if the server compressed them). */
  raw: Buffer;
  text: string;
}

export interface RawRequest {
  method?: string;
  headers?: OutgoingHttpHeaders;
  /** Sent in one piece with its Content-Length (unless the headers declare one of their own). */
  body?: string;
  /** Sent in these pieces with `Transfer-Encoding: chunked` and no Content-Length. */
  chunks?: string[];
  /** Sent after the headers without ending the request: the answer is awaited, then the socket is dropped. */
  partial?: string;
}

/**
 * One HTTP request over node:http, with full control of the headers fetch would add or refuse (Content-Length,
 * Transfer-Encoding, Accept-Encoding) and no automatic decompression.
 */
export function rawRequest(url: string, options: RawRequest = {}): Promise<RawAnswer> {
  const headers: OutgoingHttpHeaders = { ...options.headers };
  if (options.body !== undefined && headers['content-length'] === undefined) headers['content-length'] = Buffer.byteLength(options.body);
  if (options.chunks) headers['transfer-encoding'] = 'chunked';
  return new Promise((resolve, reject) => {
    const req = httpRequest(url, { method: options.method ?? 'POST', headers }, (res) => {
      const parts: Buffer[] = [];
      res.on('data', (c: Buffer) => parts.push(c));
      res.on('error', reject);
      res.on('end', () => {
        const raw = Buffer.concat(parts);
        resolve({ status: res.statusCode ?? 0, headers: res.headers, raw, text: raw.toString('utf8') });
        if (options.partial !== undefined) req.destroy();
      });
    });
    req.on('error', reject);
    if (options.partial !== undefined) {
      req.write(options.partial);
      return;
    }
    for (const chunk of options.chunks ?? []) req.write(chunk);
    req.end(options.body);
  });
}

/** A JSON POST of a GraphQL operation, as the web app sends it. */
export function postGraphql(url: string, query: string, variables: Record<string, unknown> = {}, headers: OutgoingHttpHeaders = {}): Promise<RawAnswer> {
  return rawRequest(url, {
    headers: { 'content-type': 'application/json', accept: 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
}
