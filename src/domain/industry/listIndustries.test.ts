import { describe, it, expect } from 'vitest';
import { listIndustries } from './listIndustries.js';

describe('listIndustries', () => {
  it('20 门类 and 97 大类', () => {
    expect(listIndustries({ level: 'section' })).toHaveLength(20);
    expect(listIndustries({ level: 'division' })).toHaveLength(97);
  });

  it('children of a 门类 are its 大类', () => {
    const c = listIndustries({ parentCode: 'C' });
    expect(c).toHaveLength(31);
    expect(c[0]?.code).toBe('C13');
    expect(c[30]?.code).toBe('C43');
    expect(listIndustries({ parentCode: 'M' }).map((i) => i.name)).toEqual(['研究和试验发展', '专业技术服务业', '科技推广和应用服务业']);
  });

  it('children of a 大类 are its vendored 中类; bare digits accepted', () => {
    expect(listIndustries({ parentCode: 'C38' }).map((i) => i.code)).toEqual(['C381', 'C383', 'C387']);
    expect(listIndustries({ parentCode: '38' })).toHaveLength(3);
  });

  it('no filter lists everything in code order, parents first', () => {
    const all = listIndustries();
    expect(all[0]?.code).toBe('A');
    expect(all[1]?.code).toBe('A01');
    const i = all.findIndex((x) => x.code === 'C26');
    expect(all[i + 1]?.code).toBe('C261');
    expect(all[i + 2]?.code).toBe('C2619');
  });

  it('a malformed or childless parent → []', () => {
    expect(listIndustries({ parentCode: 'XYZ' })).toEqual([]);
    expect(listIndustries({ parentCode: 'C2619' })).toEqual([]);
  });
});
