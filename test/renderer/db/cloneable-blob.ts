// jsdom's Blob cannot be structured-cloned, so fake-indexeddb stores it as an empty object; a
// browser's IndexedDB keeps Blobs. Node's own Blob clones as a browser's does: tests of stores
// that keep Blobs import this first, before the modules that read the global.
import { Blob as NodeBlob } from 'node:buffer';

globalThis.Blob = NodeBlob as unknown as typeof Blob;
