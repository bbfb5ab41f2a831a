import type { AirDaysYear } from '../../../standards/air/airDaysSummary.js';
import type { RecordRef } from '../../reportModel.js';

/**
 * What the monitoring sections of the annual report are built from (table 3 and the paragraph after it, the
 * monitoring paragraphs of 二（三）–（五）, table 6, the air figures of 三（一）). Plain data: the service
 * `src/services/reports/loadAnnualReportData.ts` fills it from the plan, the points, the lab results and the
 * stations' data; the builders in this folder turn it into report blocks. Values are exact decimal strings.
 */
export interface MonitoringReportInput {
  plan: PlanItemInput[];
  /** Lab evaluation per monitoring point of the year, for the media lab results are judged for. */
  labPoints: LabPointInput[];
  /** Air stations and micro-stations of the park with the year's figures (table 6, 二（四）). */
  airStations: AirStationInput[];
  /** The regional air quality the report's 三（一） quotes (the city or county station the park relies on). */
  regionalAir: RegionalAirInput | null;
}

/** The media of the plan and of lab evaluation, in the order table 3 prints them. */
export type MonitoringMedium = 'air' | 'surfaceWater' | 'groundwater' | 'noise' | 'soil' | 'pollutionSource';

/** One row of the monitoring plan (table 3) with what was done against it. */
export interface PlanItemInput {
  record: RecordRef;
  medium: MonitoringMedium;
  /** As the plan words them: 园区上风向1000m、下风向500m、1000m各一个监测点 … */
  pointsText: string;
  itemsText: string;
  frequencyText: string;
  standardText: string;
  /** Campaigns (期) planned per point in the year. */
  plannedCampaigns: number;
  /** Per point of the item: campaigns done, counted from the sampling dates of its lab results. */
  points: { record: RecordRef; planned: number; done: number; samples: RecordRef[] }[];
  /** 已落实 when every point has done ≥ planned; 部分落实 when some were done; 未落实 when none. */
  status: 'done' | 'partial' | 'notDone';
  /** Why not done, as entered on the plan item; null when none is given. */
  reasonNotDone: string | null;
}

/** A monitoring point's lab results of the year judged against its standard (src/domain/monitoring/labResults). */
export interface LabPointInput {
  record: RecordRef;
  medium: MonitoringMedium;
  role: string | null;
  /** 地表水环境质量标准（GB 3838-2002）; null: not judged (`note` says why). */
  standardName: string | null;
  /** Ⅲ类, 第二类用地, 2类 … as on the point. */
  standardClass: string | null;
  note: string | null;
  /** Samples (point and date) with at least one evaluable item, and those with an exceeding item. */
  evaluatedSamples: RecordRef[];
  exceedingSamples: RecordRef[];
  /** Water and groundwater: the worst class of the year (Ⅱ类, 劣Ⅴ类). */
  worstClassLabel: string | null;
  /** Per exceeding item: samples exceeding and the largest 超标倍数 ((C − S)/S, three decimals) with its date. */
  exceedingItems: { item: string; name: string; samples: number; maxMultiple: string | null; date: string }[];
  /** Items measured that the standard sets no limit for: reported, never passed. */
  noLimitItems: string[];
  /** Synthetic data (the demo's): printed with 模拟数据 wherever shown. */
  simulated: boolean;
}

/** An air station (微站, 空气站) of the park with its year and the year before, from its hourly or daily data. */
export interface AirStationInput {
  record: RecordRef;
  kind: 'air_station' | 'micro_station';
  /** 上风向, 下风向, 园区内 … (label); null when none. */
  roleLabel: string | null;
  /** Decimal degrees, as stored (the table prints them as 112°12′58″). */
  longitude: string;
  latitude: string;
  /** 监测项目 as on the point. */
  items: string[];
  /** The year's figures; null when the station has no data for the year. */
  current: AirDaysYear | null;
  previous: AirDaysYear | null;
  /** Where the figures came from: HJ 212 hourly data, imported daily values … in words, for provenance. */
  source: string;
  simulated: boolean;
}

/** A figure of the regional air quality, computed from a series or entered by a user as the bureau published it. */
export type RegionalFigure = { value: string; entered: { by: string | null; at: string | null; source: string } | null };

export interface RegionalAirYear {
  year: number;
  goodDays: RegionalFigure | null;
  /** Days with a valid daily AQI: the denominator of 优良率 (366 in 2024 when every day is valid). */
  validDays: RegionalFigure | null;
  /** 优良率 as a ratio (0.902). */
  goodRate: RegionalFigure | null;
  /** Annual means: µg/m³, CO in mg/m³. */
  means: Partial<Record<'pm25' | 'pm10' | 'o3' | 'no2' | 'so2' | 'co', RegionalFigure>>;
}

export interface RegionalAirInput {
  record: RecordRef;
  current: RegionalAirYear;
  previous: RegionalAirYear | null;
  simulated: boolean;
}
