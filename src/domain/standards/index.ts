// Public API of the standards library (see README.md). Internal helpers live in _lib/ and are not exported.
export { StandardInputError } from './StandardInputError.js';
export type { ItemVerdict } from './ItemVerdict.js';
export type { DateInput } from './_lib/calendarDate.js';
export type { DecimalInput } from './_lib/decimal.js';

export { roundGbt8170 } from './rounding/roundGbt8170.js';
export { meetsLimit, type MeetsLimitOptions } from './rounding/meetsLimit.js';

export { percentile } from './stats/percentile.js';
export { exceedMultiple } from './stats/exceedMultiple.js';
export { printedMultiple } from './stats/printedMultiple.js';
export { complianceRate } from './stats/complianceRate.js';
export { PRINT_INTERVALS } from './stats/printIntervals.js';

export type { AqiIndicator, AqiPollutant, AqiReport, AqiVersion, BreakpointColumn } from './aqi/types.js';
export { IAQI_BREAKPOINTS, IAQI_LEVELS } from './aqi/iaqiBreakpoints.js';
export { AQI_CATEGORIES, SENSITIVE_GROUPS_2026, type AqiCategory } from './aqi/aqiCategories.js';
export { AQI_INDICATORS, AQI_POLLUTANT_NAMES, type AqiIndicatorInfo } from './aqi/aqiIndicators.js';
export { HJ633_EDITIONS, type Hj633Edition, type AqiSlot, type Above800Rule } from './aqi/hj633Editions.js';
export { hj633Edition, type AqiEditionOptions } from './aqi/hj633Edition.js';
export { iaqi } from './aqi/iaqi.js';
export { aqiCategory } from './aqi/aqiCategory.js';
export { primaryPollutants, PRIMARY_POLLUTANT_ABOVE } from './aqi/primaryPollutants.js';
export type { AqiResult, SubIndex } from './aqi/aqiResult.js';
export { dailyAqi, type DailyAqiInput } from './aqi/dailyAqi.js';
export { realtimeAqi, type RealtimeAqiInput } from './aqi/realtimeAqi.js';
export { goodDayShare, GOOD_DAY_MAX_AQI, type GoodDayShare } from './aqi/goodDayShare.js';

export type { AirAveraging, AirPollutant, AirZoneClass, Gb3095EditionId } from './air/types.js';
export { GB3095_EDITIONS, type Gb3095Edition, type ReferenceState } from './air/gb3095Editions.js';
export { GB3095_LIMITS, type AirLimitRow } from './air/gb3095Limits.js';
export { GB3095_VALIDITY, type AnnualValidityRule } from './air/gb3095Validity.js';
export { HJ663_EDITIONS, HJ663_RULES, type EvaluatedPollutant, type Hj663Edition } from './air/hj663Rules.js';
export { CONCENTRATION_DECIMALS, type HourlyPollutant } from './air/concentrationDecimals.js';
export { gb3095Edition, type Gb3095EditionOptions } from './air/gb3095Edition.js';
export { airLimit, type AirLimit } from './air/airLimit.js';
export { airSample, type AirSampleResult } from './air/airSample.js';
export { ppbToMass, MOLAR_MASS } from './air/ppbToMass.js';
export { dailyMean, type HourlyMean } from './air/dailyMean.js';
export { eightHourMean } from './air/eightHourMean.js';
export { o3DailyMax8h, type O3DailyMax8h } from './air/o3DailyMax8h.js';
export { annualValidity, type AnnualValidity } from './air/annualValidity.js';
export type { HourlyValues } from './air/hourlyWindows.js';
export { dailyAirSeries, type DailyAirField, type DailyAirRow, type DailyAirSeriesOptions, type HourlySeries } from './air/dailyAirSeries.js';
export { annualPollutantStats, type AnnualPollutantStats, type DailyValue } from './air/annualPollutantStats.js';
export { annualAirSummary, type AnnualAirRow, type AnnualAirSummary, type AnnualAqiSummary } from './air/annualAirSummary.js';
export { parseHourlyCsv, type HourLabel, type StationSeries } from './air/parseHourlyCsv.js';
export { AIR_DAY_FIELDS, AIR_DAY_RULES, type PartialDayRule } from './air/airDayRules.js';
export { airComplianceDays, type AirComplianceYear, type AirDayValues, type FactorExceedance } from './air/airComplianceDays.js';
export { yearOnYear, type YearFigure, type YearOnYear } from './air/yearOnYear.js';
export { airYearComparison, type AirYearFigures } from './air/airYearComparison.js';
export { airDaysSummary, type AirDaysYear } from './air/airDaysSummary.js';
export { parseDailyCsv, type DailyCsvField, type PublishedAirDay, type PublishedAirSeries } from './air/parseDailyCsv.js';
export { publishedAirRows, type PublishedAirRow } from './air/publishedAirRows.js';

export { WATER_CLASS_LABELS, SURFACE_WATER_FUNCTIONS, SURFACE_WATER_GRADES, type WaterClass } from './water/waterClasses.js';
export { GB3838_EDITION, GB3838_ITEMS, type Gb3838Item } from './water/gb3838Items.js';
export { surfaceWaterClass, type SurfaceWaterItem, type SurfaceWaterOptions, type SurfaceWaterResult } from './water/surfaceWaterClass.js';
export { GB14848_EDITION, GB14848_ITEMS, type Gb14848Item } from './water/gb14848Items.js';
export { groundwaterClass, type GroundwaterClass, type GroundwaterItem, type GroundwaterResult } from './water/groundwaterClass.js';

export { GB36600_EDITION, GB36600_ITEMS, type Gb36600Item } from './soil/gb36600Values.js';
export {
  constructionLandSoil,
  CONSTRUCTION_SOIL_VERDICTS,
  type ConstructionSoilItem,
  type ConstructionSoilResult,
  type ConstructionSoilVerdict,
} from './soil/constructionLandSoil.js';
export { GB15618_EDITION, GB15618_ITEMS, PH_BAND_UPPER, type ByPhBand, type Gb15618Item } from './soil/gb15618Values.js';
export { farmlandSoil, FARMLAND_VERDICTS, type FarmlandSoilItem, type FarmlandSoilResult, type FarmlandUse, type FarmlandVerdict } from './soil/farmlandSoil.js';

export { GB3096_LIMITS, GB3096_RULES, type NoiseZone, type NoiseZoneLimit } from './noise/gb3096Limits.js';
export { noisePeriod } from './noise/noisePeriod.js';
export { energyAverage } from './noise/energyAverage.js';
export { evaluateNoise, type NoiseMeasurement, type NoiseResult } from './noise/evaluateNoise.js';

export type { EffluentLimit } from './effluent/effluentLimit.js';
export { GB18918_ITEMS, GB18918_RULES, type Gb18918Grade, type Gb18918Item } from './effluent/gb18918Limits.js';
export { wwtpEffluent, type EffluentResult, type WwtpEffluentOptions } from './effluent/wwtpEffluent.js';
export { GB8978_ITEMS, GB8978_RULES, type Gb8978Grade, type Gb8978Item } from './effluent/gb8978Limits.js';
export { integratedEffluent } from './effluent/integratedEffluent.js';

export { evaluateSample, STANDARD_CODES, type SampleEvaluation, type SampleInput, type StandardCode } from './evaluateSample.js';
