import { describe, expect, it } from 'vitest';
import { parseSampleDate } from './sampleDate.js';

describe('parseSampleDate', () => {
  it.each([
    ['2024-05-10', '2024-05-10'],
    ['2024/5/10', '2024-05-10'],
    ['2024.5.1', '2024-05-01'],
    ['2024年5月10日', '2024-05-10'],
    ['20240510', '2024-05-10'],
    ['２０２４－０５－１０', '2024-05-10'],
    ['2024-05-10 09:30', '2024-05-10'],
    ['2024-02-29', '2024-02-29'],
    ['2000-02-29', '2000-02-29'],
  ])('%s → %s', (cell, day) => expect(parseSampleDate(cell)).toBe(day));

  it.each(['2024-02-30', '2023-02-29', '1900-02-29', '2024-13-01', '2024-04-31', '2024-00-10', '', '5月10日', '45432', '2024-05'])(
    'refuses "%s", a date that does not exist or is not a date',
    (cell) => expect(() => parseSampleDate(cell)).toThrow(`值"${cell}"无效，应为存在的采样日期`),
  );
});
