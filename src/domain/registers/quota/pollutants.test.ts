import { describe, expect, it } from 'vitest';
import { StandardInputError } from '../../standards/StandardInputError.js';
import { pollutantKey } from './pollutants.js';

describe('pollutantKey', () => {
  it('names the five quota pollutants as the seed prints them', () => {
    expect(pollutantKey({ code: 'COD' })).toEqual({ key: 'COD', name: '化学需氧量' });
    expect(pollutantKey({ code: 'NH3-N' })).toEqual({ key: 'NH3-N', name: '氨氮' });
    expect(pollutantKey({ code: 'SO2' })).toEqual({ key: 'SO2', name: '二氧化硫' });
    expect(pollutantKey({ code: 'NOx' })).toEqual({ key: 'NOx', name: '氮氧化物' });
    expect(pollutantKey({ code: 'VOCs' })).toEqual({ key: 'VOCs', name: '挥发性有机物' });
  });

  it('keys another pollutant by its name', () => {
    expect(pollutantKey({ code: 'other', name: ' 颗粒物 ' })).toEqual({ key: 'other:颗粒物', name: '颗粒物' });
  });

  it('refuses an unknown code and an unnamed other pollutant, naming the field and value', () => {
    expect(() => pollutantKey({ code: 'CO2' as never })).toThrow('pollutant.code 的值"CO2"无效');
    expect(() => pollutantKey({ code: 'other' }, 'quotas[2].pollutant')).toThrow(StandardInputError);
    expect(() => pollutantKey({ code: 'other' }, 'quotas[2].pollutant')).toThrow('quotas[2].pollutant.name');
  });
});
