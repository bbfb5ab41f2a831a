import { describe, expect, it } from 'vitest';
import { chinaExtentWarnings } from './chinaExtent.js';

describe('chinaExtentWarnings', () => {
  it('says nothing of the seed’s micro-stations in 祁东 or of missing values', () => {
    expect(chinaExtentWarnings('112.216111', '26.569167')).toEqual([]);
    expect(chinaExtentWarnings(null, '26.569167')).toEqual([]);
    expect(chinaExtentWarnings(null, null)).toEqual([]);
  });

  it('warns, without refusing, of a longitude or latitude outside China', () => {
    expect(chinaExtentWarnings('-74.01', '40.7')).toEqual(['经度 -74.01 不在中国境内范围（约 73°33′E 至 135°05′E），请核对']);
    expect(chinaExtentWarnings('112.2', '60')).toEqual(['纬度 60 不在中国境内范围（约 3°51′N 至 53°33′N），请核对']);
  });

  it('suspects longitude and latitude swapped', () => {
    expect(chinaExtentWarnings('26.569167', '112.216111')).toEqual([
      '经度 26.569167 与纬度 112.216111 似乎填反了：中国境内经度约为 73°33′E 至 135°05′E，纬度约为 3°51′N 至 53°33′N',
    ]);
  });
});
