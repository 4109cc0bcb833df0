import { database } from '../db/db';
import type { DataReply } from './protocol';
import { dataHandler } from './handle';

/**
 * The workspace's data worker: exports and imports run here, off the workspace's thread. An
 * extension page's main thread allocates several times slower than a worker (measured in Chromium:
 * checking a 52 MB backup takes ~1.1 s there and ~0.45 s here), and the page stays responsive.
 */
const scope = self as unknown as { onmessage: ((e: MessageEvent) => void) | null; postMessage(message: DataReply): void };
const db = database();
// Opened as the worker starts (with the Data tab), so the first import or export does not wait for it;
// a failure to open is reported by the first request that needs the database.
void db.open().catch(() => undefined);
const handle = dataHandler(db, (message) => scope.postMessage(message));
scope.onmessage = (e) => void handle(e.data);
