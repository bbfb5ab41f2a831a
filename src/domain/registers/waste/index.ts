export * from './types.js';
export * from './hwCategory.js';
export * from './checkWasteRows.js';
export * from './wasteTotals.js';
export * from './parseWasteTable.js';
