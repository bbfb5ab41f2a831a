// Edit these files, then run `npm run db:generate -- --name <what-changed>` to write the migration.
export * from './parks.js';
export * from './enterprises.js';
export * from './changeLog.js';
export * from './users.js';
export * from './monitoring.js';
export * from './receivers.js';
export * from './reports.js';
export * from './monitoringPoints.js';
export * from './labResults.js';
export * from './monitoringPlan.js';
export * from './airSeries.js';
export * from './wasteLedger.js';
export * from './registers.js';
export * from './credit.js';
