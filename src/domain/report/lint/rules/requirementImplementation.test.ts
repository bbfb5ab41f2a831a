import { describe, expect, it } from 'vitest';
import { documentOf } from '../../../../../test/helpers/reportDocument.js';
import type { ReportDocument } from '../../reportModel.js';
import type { ReportRequirementSource } from '../../sections/registers/requirementInput.js';
import { buildRequirementSections } from '../../sections/registers/requirementSections.js';
import { requirementImplementation } from './requirementImplementation.js';

const impl = (id: number, carriedFromYear: number | null) => ({ id, text: '云鹤工业园没有电子元器件和印刷线路板产业。', verdict: '是', carriedFromYear, by: '专员', at: null as unknown as string });

function report(implementations: (ReturnType<typeof impl> | null)[]): ReportDocument {
  const unit: ReportRequirementSource = {
    id: 7,
    kind: 'controlUnit',
    title: '生态环境准入清单',
    documentNumber: null,
    issued: null,
    authority: null,
    unit: {
      code: 'ZH43042620004',
      name: '祁东高新技术产业开发区',
      division: { province: '湖南省', city: '衡阳市', county: '祁东县' },
      class: '重点管控单元',
      areaText: '2.4',
      towns: ['归阳镇'],
      mainFunctions: '',
      leadingIndustries: '',
      sensitiveTargets: '',
      mainProblems: '无',
    },
    by: '专员',
    at: '2025-01-10T00:00:00.000Z',
    requirements: implementations.map((implementation, i) => ({
      id: 100 + i,
      dimension: i === 0 ? '空间布局约束' : '污染物排放管控',
      number: i === 0 ? '1.1' : `2.${i}`,
      text: `要求${i + 1}`,
      linkedFigure: null,
      implementation,
    })),
  };
  const built = buildRequirementSections({ year: 2024, parkName: '测试园区', requirements: { sources: [unit] }, texts: {} });
  return { ...documentOf('测试', [], built.sections), figures: built.figures };
}
const check = (doc: ReportDocument) => requirementImplementation.check({ report: doc, enterprises: [] });

describe('requirement.implementation', () => {
  it('is silent when every requirement has the year\'s own text', () => {
    expect(check(report([impl(1, null), impl(2, null)]))).toEqual([]);
  });

  it('warns at the row of a requirement without the year\'s text and of one carried over unedited', () => {
    const found = check(report([impl(1, null), null, impl(3, 2023)]));
    expect(found.map((f) => [f.severity, f.where.row, f.message])).toEqual([
      ['warning', 2, '表5第2行（生态环境准入清单 （2.1））没有2024年的落实情况'],
      ['warning', 3, '表5第3行（生态环境准入清单 （2.2））的落实情况沿用上年文字，尚未按本年情况修改'],
    ]);
    expect(found[0]!.links).toEqual([{ entity: 'requirement', id: 101, label: '生态环境准入清单 （2.1）' }]);
    expect(found[1]!.where).toMatchObject({ sectionKey: '2.2', blockKey: 'requirements.unit.7.implementation' });
  });
});
