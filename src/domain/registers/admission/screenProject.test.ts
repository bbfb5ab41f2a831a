import { describe, expect, it } from 'vitest';
import type { ParkAdmissionRules } from './admissionRules.js';
import { DEMO_PARK_ADMISSION_RULES as park } from './demoParkAdmissionRules.js';
import { screenProject, type ProposedProject } from './screenProject.js';

// A furniture maker (C21 家具制造业, a leading industry of the park in seed 000 table 4) with nothing any rule
// names: each test changes one thing.
const furniture: ProposedProject = {
  industryCode: 'C2110',
  heavyMetals: false,
  vocs: false,
  airPolluting: false,
  landClass: 'M2',
  subAreas: ['归阳工业园'],
};

const ids = (p: ProposedProject) => screenProject(park, p).decidedBy.map((h) => h.id);

describe('screenProject on the demo park (seed 000)', () => {
  it('passes a project no rule applies to, with no deciding rule', () => {
    expect(screenProject(park, furniture)).toEqual({ outcome: 'pass', industryCode: 'C2110', decidedBy: [] });
  });

  it('禁止涉重金属企业入驻: a heavy-metals project fails, quoting the approval', () => {
    const s = screenProject(park, { ...furniture, heavyMetals: true });
    expect(s.outcome).toBe('fail');
    expect(s.decidedBy).toEqual([
      { id: 'heavy-metals', effect: 'prohibited', wording: '禁止涉重金属企业入驻', source: '湘环评函[2014]89号 《祁东经济开发区环境影响报告书》审查意见（自评估报告表1）', match: 'certain' },
    ]);
  });

  it('严格限制气型污染企业进入: an air-polluting project elsewhere is conditional', () => {
    const s = screenProject(park, { ...furniture, airPolluting: true, subAreas: ['云鹤工业园'] });
    expect([s.outcome, s.decidedBy.map((h) => h.id)]).toEqual(['conditional', ['air-polluting']]);
  });

  it('禁止布置气型污染企业 in the west near the resettlement area: fails there, and the same project without air pollution passes', () => {
    const west = { ...furniture, subAreas: ['归阳工业园', '园区西部靠近生活安置区和归阳镇部分'] };
    expect(screenProject(park, { ...west, airPolluting: true }).outcome).toBe('fail');
    expect(ids({ ...west, airPolluting: true })).toEqual(['air-polluting', 'air-polluting-west']);
    expect(screenProject(park, west).outcome).toBe('pass');
  });

  it('不再新增设三类工业用地指标: a project needing new class-three land fails; class-two land passes', () => {
    const s = screenProject(park, { ...furniture, landClass: 'M3' });
    expect([s.outcome, s.decidedBy.map((h) => h.wording)]).toEqual(['fail', ['园区三类工业用地仅为现有顺隆能源有限公司用地，不再新增设三类工业用地指标。']]);
    expect(screenProject(park, { ...furniture, landClass: null }).outcome).toBe('pass');
  });

  it('云鹤工业园禁止引入电子元器件和印刷线路板产业: C3971 and C3982 fail in 云鹤, C3971 passes in 归阳', () => {
    const yunhe = { ...furniture, subAreas: ['云鹤工业园'] };
    expect(screenProject(park, { ...yunhe, industryCode: 'C3971' }).outcome).toBe('fail');
    expect(ids({ ...yunhe, industryCode: '3982' })).toEqual(['yunhe-electronic-components']);
    expect(screenProject(park, { ...furniture, industryCode: 'C3971' }).outcome).toBe('pass');
    expect(screenProject(park, yunhe).outcome).toBe('pass');
  });

  it('a project coded only as C39 in 云鹤 may be an electronic component maker: conditional, match possible', () => {
    const s = screenProject(park, { ...furniture, industryCode: 'c39', subAreas: ['云鹤工业园'] });
    expect([s.outcome, s.industryCode]).toEqual(['conditional', 'C39']);
    expect(s.decidedBy).toMatchObject([{ id: 'yunhe-electronic-components', effect: 'prohibited', match: 'possible' }]);
  });

  it('归阳工业园 电子信息(不含线路板制造): C3982 fails in 归阳, other electronics (C3911) pass', () => {
    expect(ids({ ...furniture, industryCode: 'C3982' })).toEqual(['guiyang-circuit-boards']);
    expect(screenProject(park, { ...furniture, industryCode: 'C3982' }).outcome).toBe('fail');
    expect(screenProject(park, { ...furniture, industryCode: 'C3911' }).outcome).toBe('pass');
  });

  it('涉VOCs排放项目应使用低(无)VOCs含量的原辅材料: a VOCs project is conditional with the requirement', () => {
    const s = screenProject(park, { ...furniture, vocs: true });
    expect(s.outcome).toBe('conditional');
    expect(s.decidedBy.map((h) => [h.id, h.effect, h.wording])).toEqual([
      ['vocs', 'restricted', '新、改、扩建涉VOCs排放项目应使用低(无)VOCs含量的原辅材料，加强废气收集，安装高效治理设施。'],
    ]);
  });

  it('a prohibition outweighs restrictions, and every applying rule is listed', () => {
    const s = screenProject(park, { ...furniture, heavyMetals: true, vocs: true, airPolluting: true });
    expect([s.outcome, s.decidedBy.map((h) => h.id)]).toEqual(['fail', ['heavy-metals', 'air-polluting', 'vocs']]);
  });
});

describe('screenProject input errors', () => {
  it('refuses an unknown industry code, naming the value', () => {
    expect(() => screenProject(park, { ...furniture, industryCode: 'C99' })).toThrow('industryCode 的值"C99"无效，应为GB/T 4754-2017 行业代码');
    expect(() => screenProject(park, { ...furniture, industryCode: 'B3982' })).toThrow('industryCode 的值"B3982"无效');
    expect(() => screenProject(park, { ...furniture, industryCode: '家具' })).toThrow('industryCode 的值"家具"无效');
  });

  it('refuses a sub-area the park does not declare, a bad land class and a flag that is not boolean', () => {
    expect(() => screenProject(park, { ...furniture, subAreas: ['白鹤工业园'] })).toThrow('subAreas 的值"白鹤工业园"无效，应为祁东高新技术产业开发区的片区');
    expect(() => screenProject(park, { ...furniture, landClass: 'M4' as never })).toThrow('landClass 的值"M4"无效');
    expect(() => screenProject(park, { ...furniture, vocs: 'yes' as never })).toThrow('vocs 的值"yes"无效');
  });

  it('refuses rules with an unknown industry code or sub-area, naming the rule', () => {
    const badCode: ParkAdmissionRules = {
      ...park,
      rules: [{ id: 'x', effect: 'prohibited', trigger: { kind: 'industry', codes: ['C00'] }, subArea: null, wording: 'w', source: 's' }],
    };
    expect(() => screenProject(badCode, furniture)).toThrow('rules[0].trigger.codes[0] 的值"C00"无效');
    const badArea: ParkAdmissionRules = { ...park, rules: [{ ...park.rules[0], subArea: '北区' }] };
    expect(() => screenProject(badArea, furniture)).toThrow('rules[0].subArea 的值"北区"无效');
  });
});
