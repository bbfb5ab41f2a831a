// Lab results (实验室监测报告): read a workbook's or CSV's results and judge them with the standards engine.
export { LabResultsError, LabCellError, issueText, type LabResultIssue } from './labResultsError.js';
export { parseResultValue, parseDetectionLimit, type ResultValue } from './parseResultValue.js';
export { parseUnit, convertUnit, unitSymbols, type Unit, type UnitDimension } from './units.js';
export { findLabItem, nearItemNames, LAB_ITEMS, type LabItem } from './labItems.js';
export { LAB_STANDARDS, LAB_STANDARD_NAMES, labStandard, standardItemFor, type LabStandard, type StandardItemRef } from './standardItems.js';
export { parseSampleDate } from './sampleDate.js';
export { parseCsv, decodeCsvBytes } from './parseCsv.js';
export { judgeAirSample, LAB_AIR_AVERAGING, type AirJudgement } from './judgeAirSample.js';
export { readLabResults, columnLetter, type LabResult, type LabSheet } from './readLabResults.js';
export {
  evaluateLabResults,
  type LabEvaluation,
  type LabEvaluationOptions,
  type LabItemVerdict,
  type LabPointReport,
  type LabSampleReport,
} from './evaluateLabResults.js';
