import type { ParkAdmissionRules } from './admissionRules.js';

const PLAN_EIA = '湘环评函[2014]89号 《祁东经济开发区环境影响报告书》审查意见（自评估报告表1）';
const CONTROL_UNIT = '“三线一单”生态环境管控要求 ZH43042620004 祁东高新技术产业开发区（自评估报告表4）';

/**
 * The demo park's admission rules, transcribed from its 2024 self-assessment report (seeds/000, 二（一） table 1
 * and table 4). Wording is verbatim; what each rule applies to is read from it.
 *
 * Not transcribed, as a proposed project here carries no field they could be decided on: 不得引进国家明令淘汰和
 * 禁止发展的…建设项目 (industrial policy), 限制新引进水型污染企业 (only until the wastewater plant runs),
 * 禁止新建4t/h以下燃煤锅炉 and 禁止新建、扩建采用非清洁燃料的项目 (fuel and boiler size).
 */
export const DEMO_PARK_ADMISSION_RULES: ParkAdmissionRules = {
  park: '祁东高新技术产业开发区',
  // UNCONFIRMED: the western part near the resettlement area is named by the approval only by this phrase; it
  // is kept as a sub-area of its own, which a site inside 归阳工业园 may also lie in.
  subAreas: ['归阳工业园', '云鹤工业园', '园区西部靠近生活安置区和归阳镇部分'],
  rules: [
    {
      id: 'heavy-metals',
      effect: 'prohibited',
      trigger: { kind: 'heavyMetals' },
      subArea: null,
      wording: '禁止涉重金属企业入驻',
      source: PLAN_EIA,
    },
    {
      id: 'air-polluting',
      effect: 'restricted',
      trigger: { kind: 'airPolluting' },
      subArea: null,
      wording: '严格限制气型污染企业进入',
      source: PLAN_EIA,
    },
    {
      id: 'air-polluting-west',
      effect: 'prohibited',
      trigger: { kind: 'airPolluting' },
      subArea: '园区西部靠近生活安置区和归阳镇部分',
      wording: '在园区西部靠近生活安置区和归阳镇部分，禁止布置气型污染企业',
      source: PLAN_EIA,
    },
    {
      // UNCONFIRMED: read as "no new project on new class-three industrial land"; an extension on 顺隆能源's
      // existing class-three land is not a new allocation and is screened with landClass null.
      id: 'class-three-land',
      effect: 'prohibited',
      trigger: { kind: 'landClass', landClasses: ['M3'] },
      subArea: null,
      wording: '园区三类工业用地仅为现有顺隆能源有限公司用地，不再新增设三类工业用地指标。',
      source: PLAN_EIA,
    },
    {
      // UNCONFIRMED: 电子元器件 = GB/T 4754-2017 C397 电子器件制造 + C398 电子元件及电子专用材料制造, which holds
      // 印刷线路板 (C3982 电子电路制造); these 中类 are not vendored in src/domain/industry.
      id: 'yunhe-electronic-components',
      effect: 'prohibited',
      trigger: { kind: 'industry', codes: ['C397', 'C398'] },
      subArea: '云鹤工业园',
      wording: '（1.1）禁止：云鹤工业园禁止引入电子元器件和印刷线路板产业。',
      source: `${CONTROL_UNIT} 空间布局约束`,
    },
    {
      // UNCONFIRMED: 归阳工业园's industrial positioning "电子信息(不含线路板制造)" (湘环评[2014]89号, table 4) read,
      // with the follow-up evaluation's 不得引进与园区产业定位相冲突的产业, as a prohibition of C3982 电子电路制造.
      id: 'guiyang-circuit-boards',
      effect: 'prohibited',
      trigger: { kind: 'industry', codes: ['C3982'] },
      subArea: '归阳工业园',
      wording: '②归阳工业园，湘环评[2014]89号：重点发展机械制造、电子信息(不含线路板制造)、食品农副产品加工等产业',
      source: `${CONTROL_UNIT} 主导产业`,
    },
    {
      id: 'vocs',
      effect: 'restricted',
      trigger: { kind: 'vocs' },
      subArea: null,
      wording: '新、改、扩建涉VOCs排放项目应使用低(无)VOCs含量的原辅材料，加强废气收集，安装高效治理设施。',
      source: `${CONTROL_UNIT} 污染物排放管控（2.3）`,
    },
  ],
};
