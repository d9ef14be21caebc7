// Apollo keeps each parsed and validated GraphQL document, keyed by the hash of its text, so a repeated request skips
// parsing and validation. Its default store holds up to 30 MiB of documents (measured as their JSON), and a parsed
// document with its tokens takes several times that in the heap: any caller sending many distinct documents could make
// it the API's largest cache. This store holds the same documents to MAX_BYTES of the same measure, least recently
// used going first; the web app's own documents (about 0.3 MiB of JSON for its 136 operations) stay.
import type { DocumentNode } from 'graphql';

export const DOCUMENT_STORE_MAX_BYTES = 4 * 2 ** 20;

/** Apollo's `documentStore` (a KeyValueCache of DocumentNode), bounded by the documents' JSON length. */
export class BoundedDocumentStore {
  private readonly entries = new Map<string, { document: DocumentNode; bytes: number }>();
  /** The JSON length of the documents held (what `maxBytes` bounds). */
  bytes = 0;

  constructor(readonly maxBytes = DOCUMENT_STORE_MAX_BYTES) {}

  get size(): number {
    return this.entries.size;
  }

  get(key: string): Promise<DocumentNode | undefined> {
    const entry = this.entries.get(key);
    if (entry) {
      this.entries.delete(key);
      this.entries.set(key, entry);
    }
    return Promise.resolve(entry?.document);
  }

  set(key: string, document: DocumentNode): Promise<void> {
    this.remove(key);
    const bytes = key.length + JSON.stringify(document).length;
    if (bytes <= this.maxBytes) {
      this.entries.set(key, { document, bytes });
      this.bytes += bytes;
      for (const [k, e] of this.entries) {
        if (this.bytes <= this.maxBytes) break;
        this.entries.delete(k);
        this.bytes -= e.bytes;
      }
    }
    return Promise.resolve();
  }

  delete(key: string): Promise<boolean> {
    return Promise.resolve(this.remove(key));
  }

  private remove(key: string): boolean {
    const entry = this.entries.get(key);
    if (!entry) return false;
    this.entries.delete(key);
    this.bytes -= entry.bytes;
    return true;
  }
}
