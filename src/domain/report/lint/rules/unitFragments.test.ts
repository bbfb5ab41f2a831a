import { describe, expect, it } from 'vitest';
import { documentOf, figureOf, sectionOf } from '../../../../../test/helpers/reportDocument.js';
import type { ParagraphBlock, ReportDocument } from '../../reportModel.js';
import { unitFragments } from './unitFragments.js';

const generated = figureOf('2.6.waste.hazardous.generatedTonnes', '危险废物产生量', '18.04', 't/a');

function report(text: string): ReportDocument {
  const paragraph: ParagraphBlock = { kind: 'paragraph', key: '2.6.waste', content: ['产生量', generated], edited: { text, by: '专员', at: null } };
  return { ...documentOf('测试', [], [sectionOf('2.6', '（六）', '固体废物管理', [paragraph], 2)]), figures: { [generated.id]: generated } };
}
const check = (doc: ReportDocument) => unitFragments.check({ report: doc, enterprises: [] });

describe('figure.unitFragment', () => {
  it('names a number with half its unit and the figure it stands for (seed 000 line 933)', () => {
    const [f, ...rest] = check(report('危险废物产生企业数量16个，产生量18.04/a，其中，外委处置18.04t/a。'));
    expect(rest).toEqual([]);
    expect(f!.message).toBe('“产生量18.04/a”中的危险废物产生量18.04单位“/a”不完整（应为t/a）');
    expect(f!.links).toEqual([{ entity: 'reportText', id: '2.6.waste', label: '（六）固体废物管理：编写的段落' }]);
  });

  it('is silent on whole units, dates and document numbers', () => {
    expect(check(report('产生量18.04t/a，见湘环评[2019]43/a号与2024/5/1记录。'))).toEqual([]);
  });
});
