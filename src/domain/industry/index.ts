export { GBT4754_2017, type IndustryRow } from './gbt4754.js';
export { lookupIndustry, canonicalIndustryCode, type Industry, type IndustryLevel } from './lookupIndustry.js';
export { matchIndustryName, resolveIndustryName, type IndustryNameMatch } from './resolveIndustryName.js';
export { listIndustries, type ListIndustriesOptions } from './listIndustries.js';
