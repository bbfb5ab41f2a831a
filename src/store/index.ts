export { openStore, storeOptionsFromEnv, type Db, type Store, type StoreOptions } from './client.js';
export * as queries from './queries/index.js';
