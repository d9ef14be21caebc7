// jsdom plus the Fetch API classes React Router's data router needs (Request, Response, Headers, AbortController).
// They come from Node itself, and AbortController/AbortSignal with them: Node's Request rejects jsdom's AbortSignal.
const { TestEnvironment } = require('jest-environment-jsdom');

const FROM_NODE = [
  'Request', 'Response', 'Headers', 'FormData', 'AbortController', 'AbortSignal', 'ReadableStream', 'TextEncoder',
  'TextDecoder', 'structuredClone', 'BroadcastChannel', 'TransformStream', 'WritableStream',
];

class JsdomWithFetchEnvironment extends TestEnvironment {
  constructor(config, context) {
    super(config, context);
    for (const name of FROM_NODE) {
      if (globalThis[name] !== undefined) this.global[name] = globalThis[name];
    }
  }
}

module.exports = JsdomWithFetchEnvironment;
