import { describe, expect, it } from 'vitest';
import { figureOf, paragraphOf, reportOf } from '../../../../../test/helpers/reportDocument.js';
import type { SumRelation } from '../../reportModel.js';
import { sumParts } from './sumParts.js';

const total = figureOf('total', '入园企业', '10', '家', { cues: { terms: ['入园企业'] } });
const operating = figureOf('operating', '正常生产企业', '6', '家', { cues: { terms: ['正常生产'] } });
const building = figureOf('building', '在建企业', '4', '家', { cues: { terms: ['在建'] } });
const rel: SumRelation = { kind: 'sum', id: 's', description: '入园企业 = 正常生产 + 在建', whole: 'total', parts: ['operating', 'building'] };
const generated = ['入园企业', total, '，正常生产', operating, '，在建', building, '。'];
const check = (...args: Parameters<typeof reportOf>) => sumParts.check({ report: reportOf(...args), enterprises: [] });

describe('sum.parts', () => {
  it('is silent when the parts add up', () => {
    expect(check([paragraphOf('p', generated)], [], [rel])).toEqual([]);
  });

  it('finds computed parts that do not add up to their whole, linking the records of the whole', () => {
    const three = { ...building, value: '3' };
    const [f] = check([paragraphOf('p', ['入园企业', total, '，正常生产', operating, '，在建', three])], [], [rel]);
    expect(f).toMatchObject({ rule: 'sum.parts', severity: 'error', where: { sectionKey: '1', blockKey: 'p' }, links: [] });
    expect(f!.message).toBe('“入园企业 = 正常生产 + 在建”不成立：正常生产企业6 + 在建企业3 = 9家，入园企业10家');
  });

  it('reads the numbers of written text: 7 + 4 is not 10', () => {
    const p = paragraphOf('p', generated, '入园企业10家，其中正常生产7家，在建4家。');
    const [f] = check([p], [], [rel]);
    expect(f!.message).toContain('正常生产企业7 + 在建企业4 = 11家，入园企业10家（数字取自编写的文字）');
    expect(f!.links).toEqual([{ entity: 'reportText', id: 'p', label: '一、园区概况：编写的段落' }]);
  });

  it('lets written text leave a part out, unless the parts it gives already exceed the whole', () => {
    expect(check([paragraphOf('p', generated, '入园企业10家，其中正常生产7家。')], [], [rel])).toEqual([]);
    const [f] = check([paragraphOf('p', generated, '入园企业10家，其中正常生产12家。')], [], [rel]);
    expect(f!.message).toContain('正常生产企业12 = 12家，已超过入园企业10家');
  });

  it('is silent when the text does not give the whole', () => {
    expect(check([paragraphOf('p', generated, '其中正常生产7家，在建4家。')], [], [rel])).toEqual([]);
  });
});
