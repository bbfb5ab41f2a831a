import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestStore, storeKinds } from '../../../test/helpers/testStore.js';
import type { Store } from '../../store/client.js';
import { systemContext, type ServiceContext } from '../context.js';
import { seedDemoPark } from '../demo/seedDemoPark.js';
import { ServiceError } from '../errors.js';
import { createRequirement, createSource, deleteRequirement, deleteSource, getRequirementRegister, setImplementation, startYearFromLastYear } from './requirements.js';

const PARK = 'S437012';

async function refused(p: Promise<unknown>): Promise<ServiceError> {
  try {
    await p;
  } catch (e) {
    if (e instanceof ServiceError) return e;
    throw e;
  }
  throw new Error('expected a refusal');
}

describe.each(await storeKinds())('the requirement registers on %s', (kind) => {
  let store: Store;
  let ctx: ServiceContext;
  const count = async (query: ReturnType<typeof sql>) => ((await store.db.execute(query)) as unknown as { rows: { n: number }[] }).rows[0]!.n;

  beforeAll(async () => {
    store = await createTestStore(kind);
    ctx = systemContext(store.db, 'test');
    await seedDemoPark(ctx, { simulatedYear: false });
  });
  afterAll(async () => store?.close());

  it('holds the demo\'s approvals and control unit with seed 000\'s 9, 7 and 10 requirements and their 2024 verdicts', async () => {
    const register = await getRequirementRegister(ctx, PARK, 2024);
    expect(register.sources.map((s) => [s.kind, s.documentNumber, s.issued, s.authority, s.requirements.length])).toEqual([
      ['planEia', '湘环评函[2014]89号', '2014-08', '湖南省环境保护厅', 9],
      ['followUp', '湘环评函[2022]90号', '2022-04-08', '湖南省生态环境厅', 7],
      ['controlUnit', null, null, '湖南省人民政府', 10],
    ]);
    const [eia, followUp, unit] = register.sources;
    expect(eia!.requirements.map((r) => r.implementation?.verdict)).toEqual(Array(9).fill('符合'));
    expect(followUp!.requirements.map((r) => r.implementation?.verdict)).toEqual(Array(7).fill('符合'));
    expect(unit!.requirements.map((r) => r.implementation?.verdict)).toEqual(Array(10).fill('是'));
    expect(eia!.requirements.map((r) => r.linkedFigure)).toEqual([null, null, null, null, null, null, null, null, 'quota']);
    expect(unit!.requirements.map((r) => [r.dimension, r.number, r.linkedFigure])).toEqual([
      ['空间布局约束', '1.1', null],
      ['污染物排放管控', '2.1', 'quota'],
      ['污染物排放管控', '2.2', null],
      ['污染物排放管控', '2.3', null],
      ['污染物排放管控', '2.4', null],
      ['环境风险防控', '3.1', null],
      ['环境风险防控', '3.2', null],
      ['资源开发效率要求', '4.1', null],
      ['资源开发效率要求', '4.2', null],
      ['资源开发效率要求', '4.3', null],
    ]);
    expect(unit!.unit).toMatchObject({ code: 'ZH43042620004', division: { province: '湖南省', city: '衡阳市', county: '祁东县' }, class: '重点管控单元', towns: ['归阳镇', '白鹤街道'] });
    // Seed 000 table 1 row 7 and table 5 row 3 (the (2.2) implementation), as printed.
    expect(eia!.requirements[6]!.implementation!.text).toBe(
      '园区按照《归阳工业园征地补偿安置方案》，已落实园区内所有散户村民的生产生活安置工作，涉及500户村民，安置点位于白河安置小区、柚木安置小区，没有因拆迁安置引起次生环境问题发生。',
    );
    expect(unit!.requirements[2]!.implementation!.text.endsWith('进入园区的一体化污水处理设施（50t/d），达到《污水综合排放标准（GB 8978-1996）》一级标准。')).toBe(true);
    expect(register.implementationYears).toEqual([2024]);
    expect([register.missing, register.carried]).toEqual([0, 0]);
    // 3 sources, 26 requirements, 26 implementations and 二（二）'s closing text, each audited.
    expect(await count(sql`SELECT count(*)::int AS n FROM change_log WHERE entity IN ('requirement_source', 'requirement', 'requirement_implementation')`)).toBe(55);
    expect(await count(sql`SELECT count(*)::int AS n FROM report_texts WHERE block_key = '2.2.closing' AND year = 2024`)).toBe(1);
  });

  it('starts 2025 from 2024: copies each implementation marked carried, never overwriting one written for 2025', async () => {
    const before = await getRequirementRegister(ctx, PARK, 2025);
    expect(before.missing).toBe(26);
    const first = before.sources[0]!.requirements[0]!;
    const written = await setImplementation(ctx, PARK, first.id, 2025, { text: '2025年规划道路两侧未新建噪声敏感建筑。', verdict: '符合' });
    expect(written.carriedFromYear).toBeNull();
    expect(await startYearFromLastYear(ctx, PARK, { year: 2025 })).toEqual({ year: 2025, fromYear: 2024, copied: 25, kept: 1 });
    const after = await getRequirementRegister(ctx, PARK, 2025);
    expect([after.missing, after.carried]).toEqual([0, 25]);
    expect(after.sources[0]!.requirements[0]!.implementation).toMatchObject({ text: '2025年规划道路两侧未新建噪声敏感建筑。', carriedFromYear: null });
    expect(after.sources[2]!.requirements[1]!.implementation).toMatchObject({
      text: '园区严格控制排放总量，总量指标尽量平衡解决，环境质量满足相应环境功能区要求',
      verdict: '是',
      carriedFromYear: 2024,
    });
    // Starting again copies nothing and overwrites nothing.
    expect(await startYearFromLastYear(ctx, PARK, { year: 2025 })).toEqual({ year: 2025, fromYear: 2024, copied: 0, kept: 26 });
    // Editing a carried text makes it the year's own.
    const carried = after.sources[2]!.requirements[1]!;
    const edited = await setImplementation(ctx, PARK, carried.id, 2025, { text: carried.implementation!.text, verdict: '是', evidence: [{ title: '2025年总量核算报告', reference: '祁东高新区〔2025〕3号' }] });
    expect(edited).toMatchObject({ carriedFromYear: null, evidence: [{ title: '2025年总量核算报告', reference: '祁东高新区〔2025〕3号' }] });
    expect((await getRequirementRegister(ctx, PARK, 2025)).carried).toBe(24);
    // 2024 is untouched.
    expect((await getRequirementRegister(ctx, PARK, 2024)).carried).toBe(0);
  });

  it('refuses to start a year with nothing before it', async () => {
    const e = await refused(startYearFromLastYear(ctx, PARK, { year: 2020 }));
    expect(e.issues).toMatchObject([{ field: 'year', value: 2020, message: '2020年之前没有任何一年的落实情况' }]);
  });

  it('refuses a bad verdict, kind, unit code and dimension, naming the field and value, and writes nothing', async () => {
    const register = await getRequirementRegister(ctx, PARK, 2024);
    const requirement = register.sources[0]!.requirements[1]!;
    const audit = () => count(sql`SELECT count(*)::int AS n FROM change_log`);
    const entries = await audit();

    const sentence = await refused(setImplementation(ctx, PARK, requirement.id, 2024, { text: '已落实。', verdict: '基本符合，个别企业仍在整改' }));
    expect(sentence.issues).toEqual([
      { severity: 'error', field: 'verdict', value: '基本符合，个别企业仍在整改', message: '符合性应为一个词（如 符合、已落实、是），不超过10个字、不含空格或标点；说明请写在落实情况中' },
    ]);
    expect((await refused(setImplementation(ctx, PARK, requirement.id, 2024, { text: '已落实。', verdict: ' ' }))).issues).toMatchObject([{ field: 'verdict', value: ' ' }]);
    expect((await refused(setImplementation(ctx, PARK, requirement.id, 2024, { text: '', verdict: '符合' }))).issues).toMatchObject([{ field: 'text', message: '请填写落实情况' }]);

    const kind = await refused(createSource(ctx, PARK, { kind: 'approval', title: '某批复' }));
    expect(kind.issues).toEqual([{ severity: 'error', field: 'kind', value: 'approval', message: '来源类型“approval”应为 planEia、followUp、controlUnit、other 之一' }]);

    const unit = register.sources[2]!.unit!;
    const badCode = await refused(createSource(ctx, PARK, { kind: 'controlUnit', title: '准入清单', unit: { ...unit, code: 'ZH4304262000' } }));
    expect(badCode.issues).toEqual([{ severity: 'error', field: 'unit.code', value: 'ZH4304262000', message: '单元编码“ZH4304262000”应为 YS、ZH 或 YB 后接11位数字，如 ZH43042620004' }]);
    const wrongClass = await refused(createSource(ctx, PARK, { kind: 'controlUnit', title: '准入清单', unit: { ...unit, class: '一般管控单元' } }));
    expect(wrongClass.issues).toMatchObject([{ field: 'unit.code', value: 'ZH43042620004', message: '单元编码“ZH43042620004”与单元分类“一般管控单元”不符：一般管控单元的编码以 YB 开头' }]);
    expect((await refused(createSource(ctx, PARK, { kind: 'controlUnit', title: '准入清单' }))).issues).toMatchObject([{ field: 'unit' }]);

    const noDimension = await refused(createRequirement(ctx, PARK, register.sources[2]!.id, { text: '新要求' }));
    expect(noDimension.issues).toMatchObject([{ field: 'dimension', value: null }]);
    const badDimension = await refused(createRequirement(ctx, PARK, register.sources[2]!.id, { text: '新要求', dimension: '生态保护红线' }));
    expect(badDimension.issues).toMatchObject([{ field: 'dimension', value: '生态保护红线' }]);
    const dimensionOnApproval = await refused(createRequirement(ctx, PARK, register.sources[0]!.id, { text: '新要求', dimension: '空间布局约束' }));
    expect(dimensionOnApproval.issues).toMatchObject([{ field: 'dimension', value: '空间布局约束' }]);
    expect((await refused(setImplementation(ctx, PARK, requirement.id, 3024, { text: 'x', verdict: '符合' }))).issues).toMatchObject([{ field: 'year', value: 3024 }]);

    expect(await audit()).toBe(entries);
    expect((await getRequirementRegister(ctx, PARK, 2024)).sources.map((s) => s.requirements.length)).toEqual([9, 7, 10]);
  });

  it('deletes a requirement and a source with every year\'s implementation, each deletion audited', async () => {
    const deletions = (entity: string) => count(sql`SELECT count(*)::int AS n FROM change_log WHERE entity = ${entity} AND action = 'delete'`);
    const register = await getRequirementRegister(ctx, PARK, 2025);
    // Table 2 row 7 has its 2024 text and the 2025 copy.
    await deleteRequirement(ctx, PARK, register.sources[1]!.requirements[6]!.id);
    expect([await deletions('requirement'), await deletions('requirement_implementation')]).toEqual([1, 2]);
    const extra = await createSource(ctx, PARK, { kind: 'other', title: '祁东县污染防治攻坚战实施方案' });
    const r = await createRequirement(ctx, PARK, extra.id, { text: '园区污水应收尽收。' });
    await setImplementation(ctx, PARK, r.id, 2025, { text: '已完成管网排查。', verdict: '已落实' });
    await deleteSource(ctx, PARK, extra.id);
    expect([await deletions('requirement_source'), await deletions('requirement'), await deletions('requirement_implementation')]).toEqual([1, 2, 3]);
    expect((await getRequirementRegister(ctx, PARK, 2025)).sources.map((s) => s.requirements.length)).toEqual([9, 6, 10]);
  });

  it('keeps a park\'s own verdict verbatim', async () => {
    const register = await getRequirementRegister(ctx, PARK, 2024);
    const r = register.sources[0]!.requirements[2]!;
    expect((await setImplementation(ctx, PARK, r.id, 2024, { text: r.implementation!.text, verdict: '基本落实' })).verdict).toBe('基本落实');
  });
});
