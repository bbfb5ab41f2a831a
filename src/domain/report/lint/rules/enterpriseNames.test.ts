import { describe, expect, it } from 'vitest';
import { enterprise } from '../../../../../test/helpers/enterprise.js';
import { reportOf } from '../../../../../test/helpers/reportDocument.js';
import type { TableBlock } from '../../reportModel.js';
import { enterpriseNames, withinOneEdit } from './enterpriseNames.js';

const e = (id: number, name: string, creditCode: string | null = null) => ({ ...enterprise({ name, creditCode }), id });
const check = (enterprises: ReturnType<typeof e>[], blocks: Parameters<typeof reportOf>[0] = []) =>
  enterpriseNames.check({ report: reportOf(blocks), enterprises });

describe('withinOneEdit', () => {
  it('is true for one character changed, added or dropped, and false beyond', () => {
    expect(withinOneEdit('湖南富生钢结构有限公司', '湖南省富生钢结构有限公司')).toBe(true);
    expect(withinOneEdit('湖南日虹科技有限公司', '湖南日红科技有限公司')).toBe(true);
    expect(withinOneEdit('湖南日虹科技有限公司', '湖南瑞卓科技有限公司')).toBe(false);
    expect(withinOneEdit('湖南同翊科技有限公司', '湖南同翊科技有限责任公司')).toBe(false);
  });
});

describe('enterprise.names', () => {
  it('is silent on distinct names', () => {
    expect(check([e(1, '湖南日虹科技有限公司'), e(2, '湖南瑞卓科技有限公司')])).toEqual([]);
  });

  it('warns of names one character apart on two records', () => {
    const [f] = check([e(1, '湖南富生钢结构有限公司'), e(2, '湖南省富生钢结构有限公司')]);
    expect(f).toMatchObject({ severity: 'warning', message: '企业档案中“湖南富生钢结构有限公司”与“湖南省富生钢结构有限公司”名称仅差一个字，请核实是否为同一企业' });
    expect(f!.links.map((l) => l.id)).toEqual([1, 2]);
  });

  it('leaves names one character apart alone when their credit codes differ', () => {
    expect(check([e(1, '湖南日虹科技有限公司', '91430426MA4LP2FB0M'), e(2, '湖南日红科技有限公司', '91430426MA4QA91117')])).toEqual([]);
  });

  it('finds one credit code under two names', () => {
    const [f] = check([e(1, '湖南日虹科技有限公司', '91430426MA4LP2FB0M'), e(2, '祁东日虹科技发展有限公司', '91430426ma4lp2fb0m')]);
    expect(f).toMatchObject({ severity: 'error', message: '统一社会信用代码91430426MA4LP2FB0M对应2个企业名称：“湖南日虹科技有限公司”、“祁东日虹科技发展有限公司”' });
  });

  it('finds a table row that prints its enterprise under another name than the file', () => {
    const table: TableBlock = {
      kind: 'table',
      key: 't',
      caption: '表10 固体废物产生情况',
      header: ['序号', '企业名称', '产生量'],
      columnWidths: [1, 1, 1],
      rows: [
        { cells: [{ text: '1' }, { text: '湖南日虹科技公司', rowSpan: 2 }, { text: '3' }], record: { entity: 'enterprise', id: 1, label: '湖南日虹科技有限公司' } },
        { cells: [{ text: '2' }, { text: '4' }], record: { entity: 'enterprise', id: 1, label: '湖南日虹科技有限公司' } },
      ],
    };
    const found = check([e(1, '湖南日虹科技有限公司')], [table]);
    expect(found.map((f) => f.message)).toEqual(['表10第1行的企业名称“湖南日虹科技公司”与企业档案中的“湖南日虹科技有限公司”不一致']);
  });

  it('warns of a row whose source wrote another name than the file, the table printing the file\'s', () => {
    // Seed 000: table 10 row 30 writes 祁东晶褀机械有限公司 where table 1.3-1 has 祁东晶祺机械有限公司.
    const row = (n: number, id: number, name: string, nameInSource?: string) => ({
      cells: [{ text: String(n) }, { text: name }, { text: '1' }],
      record: { entity: 'enterprise' as const, id, label: name, ...(nameInSource === undefined ? {} : { nameInSource }) },
    });
    const table: TableBlock = {
      kind: 'table',
      key: 't',
      caption: '表10 企业固体废物处置清单',
      header: ['序号', '企业名称', '产生量'],
      columnWidths: [1, 1, 1],
      rows: [
        row(1, 1, '祁东晶祺机械有限公司', '祁东晶褀机械有限公司'),
        // Written with full-width brackets and a space: the same name as compared, nothing to say.
        row(2, 2, '湖南日虹(衡阳)科技有限公司', '湖南日虹（衡阳）科技 有限公司'),
        row(3, 3, '湖南瑞卓科技有限公司'),
      ],
    };
    const found = check([e(1, '祁东晶祺机械有限公司'), e(2, '湖南日虹(衡阳)科技有限公司'), e(3, '湖南瑞卓科技有限公司')], [table]);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({
      rule: 'enterprise.names',
      severity: 'warning',
      message: '表10第1行企业名称“祁东晶褀机械有限公司”与企业档案名称“祁东晶祺机械有限公司”不一致（导入时已确认为同一企业）',
      where: { row: 1 },
    });
    expect(found[0]!.links.map((l) => l.id)).toEqual([1]);
  });
});
