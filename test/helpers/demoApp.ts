import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../src/server/app.js';
import { seedDemoPark } from '../../src/services/demo/seedDemoPark.js';
import type { Store } from '../../src/store/client.js';
import { createTestStore } from './testStore.js';

/** A test store of the given kind with the demo park loaded, and the HTTP app on it (not listening). */
export async function createDemoApp(kind: 'pglite' | 'postgres', webRoot?: string): Promise<{ store: Store; app: FastifyInstance }> {
  const store = await createTestStore(kind);
  await seedDemoPark({ db: store.db, actor: 'test' });
  const app = await buildApp({ store, webRoot });
  return { store, app };
}
