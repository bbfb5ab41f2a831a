import { StandardInputError } from '../StandardInputError.js';
import { gb3095Edition, type Gb3095EditionOptions } from './gb3095Edition.js';
import { GB3095_LIMITS } from './gb3095Limits.js';
import type { AirAveraging, AirPollutant, AirZoneClass, Gb3095EditionId } from './types.js';

/** The limit in force, with where it comes from. */
export interface AirLimit {
  pollutant: AirPollutant;
  averaging: AirAveraging;
  zoneClass: AirZoneClass;
  /** What the zone class covers in this edition (§4.1). */
  zoneDescription: string;
  /** The concentration limit. */
  value: number;
  unit: 'µg/m³' | 'mg/m³';
  edition: Gb3095EditionId;
  standard: string;
  /** The state the concentration is expressed in (gases vs particles, after the 2018 amendment). */
  referenceState: string;
  source: string;
}

/**
 * @summary The GB 3095 concentration limit of a pollutant, averaging time and zone class on a date.
 *
 * @description
 * 一类区 takes the 一级 limit, 二类区 the 二级 limit. GB 3095-2012 applies until 2026-02-28 (with the 2018
 * reference-state amendment from 2018-09-01), GB 3095-2026 from 2026-03-01 with its transition limits until
 * 2030-12-31 and the final limits from 2031-01-01.
 * Source: GB 3095-2012 / GB 3095-2026 表1–表2 (standards.md §2).
 *
 * @param query - pollutant, averaging time, zone class (1 or 2), and `date` or `edition`
 * @throws {StandardInputError} for an unknown pollutant/averaging combination, a zone class other than 1 or 2, or a bad date
 *
 * @example
 * airLimit({ pollutant: 'pm25', averaging: '24h', zoneClass: 2, date: '2025-06-01' }).value //=> 75
 * airLimit({ pollutant: 'pm25', averaging: '24h', zoneClass: 2, date: '2026-06-01' }).value //=> 60
 * airLimit({ pollutant: 'pm25', averaging: '24h', zoneClass: 2, date: '2031-06-01' }).value //=> 50
 */
export function airLimit(query: { pollutant: AirPollutant; averaging: AirAveraging; zoneClass: AirZoneClass } & Gb3095EditionOptions): AirLimit {
  const { pollutant, averaging, zoneClass } = query;
  if (zoneClass !== 1 && zoneClass !== 2) throw new StandardInputError('zoneClass', zoneClass, '1（一类区）或 2（二类区）');
  const edition = gb3095Edition(query);
  const rows = GB3095_LIMITS[edition.limits];
  const row = rows.find((r) => r[0] === pollutant && r[1] === averaging);
  if (!row) {
    const known = rows.filter((r) => r[0] === pollutant).map((r) => r[1]);
    if (known.length === 0) {
      throw new StandardInputError('pollutant', pollutant, `${[...new Set(rows.map((r) => r[0]))].join('、')} 之一`);
    }
    throw new StandardInputError('averaging', averaging, `${known.join('、')} 之一（${pollutant} 在 ${edition.standard} 中的平均时间）`);
  }
  const particle = pollutant === 'pm10' || pollutant === 'pm25' || pollutant === 'tsp' || pollutant === 'pb' || pollutant === 'bap';
  return {
    pollutant,
    averaging,
    zoneClass,
    zoneDescription: edition.zones[zoneClass],
    value: zoneClass === 1 ? row[2] : row[3],
    unit: pollutant === 'co' ? 'mg/m³' : 'µg/m³',
    edition: edition.id,
    standard: edition.standard,
    referenceState: particle ? edition.referenceState.particles : edition.referenceState.gases,
    source: edition.source,
  };
}
