export * from './parks.js';
export * from './enterprises.js';
export * from './changeLog.js';
export * from './monitoring.js';
export * from './reportTexts.js';
export * from './monitoringPoints.js';
export * from './labResults.js';
