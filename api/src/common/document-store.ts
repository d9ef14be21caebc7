// Apollo keeps each parsed and validated GraphQL document, keyed by the hash of its text, so a repeated request skips
// parsing and validation. Its default store holds up to 30 MiB of documents (measured as their JSON), and a parsed
// document with its tokens takes several times that in the heap: any caller sending many distinct documents could make
// it the API's largest cache. This store holds the same documents to MAX_BYTES of the same measure, least recently
// used going first; the web app's own documents (about 0.3 MiB of JSON for its 136 operations) stay.
import type { DocumentNode } from 'graphql';
import { ByteBoundedCache } from './byte-bounded-cache';

export const DOCUMENT_STORE_MAX_BYTES = 4 * 2 ** 20;

/** Apollo's `documentStore` (a KeyValueCache of DocumentNode), bounded by the documents' JSON length. */
export class BoundedDocumentStore {
  private readonly cache: ByteBoundedCache<DocumentNode>;

  constructor(maxBytes = DOCUMENT_STORE_MAX_BYTES) {
    this.cache = new ByteBoundedCache(maxBytes, (document, key) => key.length + JSON.stringify(document).length);
  }

  get maxBytes(): number {
    return this.cache.maxBytes;
  }

  /** The JSON length of the documents held (what `maxBytes` bounds). */
  get bytes(): number {
    return this.cache.bytes;
  }

  get size(): number {
    return this.cache.size;
  }

  get(key: string): Promise<DocumentNode | undefined> {
    return Promise.resolve(this.cache.get(key));
  }

  set(key: string, document: DocumentNode): Promise<void> {
    this.cache.set(key, document);
    return Promise.resolve();
  }

  delete(key: string): Promise<boolean> {
    return Promise.resolve(this.cache.delete(key));
  }
}
