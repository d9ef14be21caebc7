import { parse } from 'graphql';
import { BoundedDocumentStore, DOCUMENT_STORE_MAX_BYTES } from './document-store';

const doc = (i: number) => parse(`query Q${i} { a${i}: me { id name email } }`);
const size = (i: number) => `k${i}`.length + JSON.stringify(doc(i)).length;

describe('BoundedDocumentStore', () => {
  it('holds the documents it is given and answers them by key', async () => {
    const store = new BoundedDocumentStore();
    await store.set('k1', doc(1));
    expect(await store.get('k1')).toEqual(doc(1));
    expect(await store.get('k2')).toBeUndefined();
    expect(store.bytes).toBe(size(1));
    expect(await store.delete('k1')).toBe(true);
    expect({ bytes: store.bytes, size: store.size }).toEqual({ bytes: 0, size: 0 });
  });

  it('stays within its budget when filled beyond it, the least recently used going first', async () => {
    const store = new BoundedDocumentStore(size(10) * 5);
    for (let i = 10; i < 15; i++) await store.set(`k${i}`, doc(i));
    expect(store.size).toBe(5);
    // k10 is read, so k11 is now the least recently used: the next one in pushes it out.
    await store.get('k10');
    await store.set('k15', doc(15));
    expect({ k10: await store.get('k10'), k11: await store.get('k11') }).toEqual({ k10: doc(10), k11: undefined });
    for (let i = 16; i < 40; i++) {
      await store.set(`k${i}`, doc(i));
      expect(store.bytes).toBeLessThanOrEqual(store.maxBytes);
    }
    expect(store.size).toBe(5);
    expect(await store.get('k39')).toEqual(doc(39));
    // Setting the same key again replaces it rather than counting it twice.
    const before = store.bytes;
    await store.set('k39', doc(39));
    expect(store.bytes).toBe(before);
  });

  it('keeps nothing larger than the whole budget, and has room for the web app’s documents many times over', async () => {
    const store = new BoundedDocumentStore(10);
    await store.set('k1', doc(1));
    expect(store.size).toBe(0);
    expect(DOCUMENT_STORE_MAX_BYTES).toBeGreaterThanOrEqual(8 * 500 * 1024);
  });
});
