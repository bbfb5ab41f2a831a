import { daysInMonth } from '../_lib/calendarDate.js';
import { StandardInputError } from '../StandardInputError.js';
import { GB3095_VALIDITY } from './gb3095Validity.js';

/** Result of {@link annualValidity}. */
export interface AnnualValidity {
  validDays: number;
  valid: boolean;
  /** Each failed minimum, in Chinese ("全年有效日数323 < 324", "3月有效日数26 < 27"). */
  failures: string[];
}

type AnnualPollutant = keyof typeof GB3095_VALIDITY.annual;

/**
 * @summary Is an annual statistic valid? GB 3095 表4: enough valid days in the year **and** in every month.
 *
 * @description
 * SO2, NO2, PM10, PM2.5, NOx: ≥ 324 valid daily values a year and ≥ 27 in every month (February ≥ 25); CO and O3
 * statistics are held to the same rule [INTERPRETATION]. TSP, BaP, Pb: ≥ 60 a year and ≥ 5 a month (their even
 * distribution is not checked). Same rule in GB 3095-2012 and -2026.
 * Source: GB 3095-2026 表4, §6.4 (standards.md §2.6).
 *
 * @param validDaysByMonth - valid daily values in January … December (12 counts)
 * @param options - the year (for February and month lengths) and the pollutant
 * @throws {StandardInputError} for an unknown pollutant, a bad year, or counts that are not 12 integers within the month lengths
 *
 * @example
 * annualValidity([31, 25, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31], { year: 2023, pollutant: 'pm25' }).valid //=> true
 * annualValidity([31, 28, 26, 30, 31, 30, 31, 31, 30, 31, 30, 31], { year: 2023, pollutant: 'pm25' }).failures //=> ['3月有效日数26 < 27']
 */
export function annualValidity(validDaysByMonth: readonly number[], options: { year: number; pollutant: AnnualPollutant }): AnnualValidity {
  const { year, pollutant } = options;
  if (!Number.isInteger(year) || year < 1900 || year > 9999) throw new StandardInputError('year', year, '四位年份');
  if (!Object.hasOwn(GB3095_VALIDITY.annual, pollutant)) {
    throw new StandardInputError('pollutant', pollutant, `${Object.keys(GB3095_VALIDITY.annual).join('、')} 之一`);
  }
  if (!Array.isArray(validDaysByMonth) || validDaysByMonth.length !== 12) {
    throw new StandardInputError('validDaysByMonth', validDaysByMonth, '12 个月的有效日数');
  }
  const rule = GB3095_VALIDITY.annual[pollutant];
  const failures: string[] = [];
  let validDays = 0;
  validDaysByMonth.forEach((n, i) => {
    if (!Number.isInteger(n) || n < 0 || n > daysInMonth(year, i + 1)) {
      throw new StandardInputError(`validDaysByMonth[${i}]`, n, `0～${daysInMonth(year, i + 1)} 的整数`);
    }
    validDays += n;
    const min = i === 1 ? rule.minDaysFebruary : rule.minDaysPerMonth;
    if (n < min) failures.push(`${i + 1}月有效日数${n} < ${min}`);
  });
  if (validDays < rule.minDaysPerYear) failures.unshift(`全年有效日数${validDays} < ${rule.minDaysPerYear}`);
  return { validDays, valid: failures.length === 0, failures };
}
