import type { CreditScheme, SchemeItem } from './types.js';

/** The id of the built-in 2024-era Hunan park scheme (the credit table of seed 000). */
export const HUNAN_2024_SCHEME_ID = 'hunan-2024';

/** Grade names of the Hunan park schemes (§7.1 of admin-formats: three levels). */
export const HUNAN_GRADE_TRUSTWORTHY = '环保诚信园区';
export const HUNAN_GRADE_QUALIFIED = '环保合格园区';
export const HUNAN_GRADE_RISK = '环保风险园区';

const L1_ADMISSION = '环境准入';
const L1_SUPERVISION = '环境监管';
const L1_RISK = '风险防控';
const L1_GREEN = '绿色发展';
const L1_PUBLIC = '公众参与';
const L1_OTHER = '其他';

function points(
  number: string,
  level1: string,
  level2: string,
  criterion: string,
  pts: number,
  topic?: SchemeItem['topic'],
): SchemeItem {
  const item: SchemeItem = { number, level1, level2, criterion, effect: { kind: 'points', points: pts } };
  if (topic !== undefined) item.topic = topic;
  return item;
}

/**
 * 湖南省产业园区环保信用自评表 as seed 000 prints it (二（九）园区信用评价): 23 items, criteria verbatim, the merged
 * 一级/二级指标 cells filled down. Items 22 and 23 print 分值 0: they are kept as record-only items (points 0, so the
 * only score they take is 0) because the table prints them as rows a park answers but gives them no points — item 22
 * repeats item 17's second sentence without "情节严重或者造成严重后果", item 23 (连续两年被评为环保诚信园区) reads as a
 * condition the evaluation office notes, not a score. UNCONFIRMED: their role in the scheme's text is unknown.
 */
const HUNAN_2024_ITEMS: SchemeItem[] = [
  points('1', L1_ADMISSION, '规划环评', '产业园区未按要求开展规划环评或环境影响跟踪评价。', -1),
  points('2', L1_ADMISSION, '规划环评', '产业园区未落实“三线一单”生态环境分区管控等要求。', -1),
  points('3', L1_ADMISSION, '规划环评', '化工园区认定后因生态环境保护工作不达标导致复核不合格或被摘牌。', -1),
  points(
    '4',
    L1_SUPERVISION,
    '环保手续落实情况',
    '产业园区内存在企事业单位未依法开展环境影响评价或未按要求申领排污许可证和辐射安全许可证。',
    -1,
    'eiaPermit',
  ),
  points('5', L1_SUPERVISION, '水环境管理', '产业园区未按要求进行废水收集处理或未达标排放的。', -2),
  points(
    '6',
    L1_SUPERVISION,
    '气环境管理',
    '园区内存在工业炉窑、锅炉或涉 VOCs 重点行业企事业单位未按规定建设、运行有效收集处理设施并达标排放。',
    -1,
  ),
  points('7', L1_SUPERVISION, '固废管理', '产业园区内存在涉危险废物环境违法行为或连续2年规范化管理评估不达标企事业单位。', -1),
  points('8', L1_SUPERVISION, '土壤环境管理', '产业园区内存在土壤污染重点监管单位未按要求开展自行监测和隐患排查。', -1),
  points('9', L1_SUPERVISION, '环境监测', '产业园区未按规定开展自行监测或自行监测数据弄虚作假。', -2, 'selfMonitoring'),
  points('10', L1_SUPERVISION, '监管能力', '产业园区未按要求开展环境污染第三方治理。', -1),
  points(
    '11',
    L1_SUPERVISION,
    '监管能力',
    '产业园区污染物排放超过总量控制要求或由于产业园区原因造成环境质量超标、环境质量恶化的情况',
    -1,
    'quota',
  ),
  points(
    '12',
    L1_SUPERVISION,
    '环境信息管理',
    '产业园区建成较完善环境监测体系，并按要求将数据与省监管平台联网',
    1,
    'monitoringNetwork',
  ),
  points('13', L1_SUPERVISION, '环境信息管理', '产业园区内存在被评为环保黑名单的企事业单位', -1),
  points(
    '14',
    L1_RISK,
    '环境应急保障能力建设',
    '产业园区未按要求制定或修编园区突发环境事件应急预案、未定期组织开展应急演练、环境应急设施和救援物资配备不符合规定、环境风险防范措施不到位、未建设突发环境事件应急指挥平台',
    -2,
  ),
  points('15', L1_RISK, '环境风险', '产业园区发生一般、较大突发环境事件或生态破坏事件。', -2),
  points(
    '16',
    L1_RISK,
    '环境风险',
    '产业园区存在被中央或省级环保督察、生态环境警示片等反馈问题，或出现被省级及以上主管部门挂牌督办或被省级主管部门约谈、典型案例曝光、区域限批、移交问责等情况。',
    -4,
  ),
  {
    number: '17',
    level1: L1_RISK,
    level2: '环境风险',
    // Two sentences in one cell of the seed's table: one criterion.
    criterion:
      '产业园区因发生突出生态环境问题被中央层面约谈、典型案例曝光、区域限批、移交问责等情况或发生重、特大突发环境事件或生态破坏事件。' +
      '产业园区存在出台“土政策”或以其他方式干扰执法，妨碍生态环境部门依法查处环境违法问题的行为，情节严重或者造成严重后果的。',
    effect: { kind: 'setsGrade', grade: HUNAN_GRADE_RISK },
  },
  points('18', L1_GREEN, '污染物减排', '产业园区单位GDP主要污染物排放量排名前10%。', 1),
  points('19', L1_GREEN, '创新与示范', '产业园区在生态环境保护和绿色发展领域获得省部级及以上表彰、推荐推广。', 2, 'honours'),
  points('20', L1_PUBLIC, '舆情与投诉', '产业园区因环境问题引发集中或长时间信访、投诉、上访，引发负面舆情。', -1),
  points('21', L1_PUBLIC, '舆情与投诉', '产业园区未按要求完成省生态环境厅其他年度任务。', -1),
  points('22', L1_OTHER, '/', '产业园区存在出台“土政策”或以其他方式干扰执法，妨碍生态环境部门依法查处环境违法问题的行为。', 0),
  points('23', L1_OTHER, '/', '产业园区连续两年被评为环保诚信园区。', 0),
];

/**
 * The 2024-era Hunan park scheme (version B of admin-formats §7.3), as seed 000's self-evaluation table prints it.
 * Everything the table does not show is a guess listed in `unconfirmed`, and an administrator can correct it by
 * loading a higher version of the same id.
 */
export const HUNAN_2024_SCHEME: CreditScheme = {
  id: HUNAN_2024_SCHEME_ID,
  version: '1',
  name: '湖南省产业园区环保信用自评表（2024年度版）',
  // UNCONFIRMED: the successor of 湘环函〔2020〕195号 (in force 2021–2022) was not found.
  document: null,
  regionCode: '430000',
  // UNCONFIRMED: from 2023 (the 2020 trial scheme expired two years after 2021-01-01); still in force.
  years: { from: 2023, to: null },
  // UNCONFIRMED: seed 000's clean park totals 10 (总分：10分 等级 诚信园区) with every item 0.
  initialScore: 10,
  // UNCONFIRMED: no source states a cap; 12 is the maximum reported for the 2020 trial scheme (§7.3).
  maximum: 12,
  // UNCONFIRMED thresholds: the seed shows only that 10 is 诚信 (§7.3).
  grades: [
    { name: HUNAN_GRADE_TRUSTWORTHY, minTotal: 10 },
    { name: HUNAN_GRADE_QUALIFIED, minTotal: 6 },
    { name: HUNAN_GRADE_RISK, minTotal: null },
  ],
  items: HUNAN_2024_ITEMS,
  notes: [],
  unconfirmed: [
    '发布文件未知：未找到湘环函〔2020〕195号（试行，2021年1月1日起有效期2年）的后续文件，文号与日期待补。',
    '适用年度自2023年起为推定（2020年试行版于2022年底到期），尚无截止年度。',
    '初始分10分为推定：种子报告中各项均为0分的园区总分为10分、等级为诚信园区。',
    '最高分12分为推定：公开资料未载明2024年度版的上限，沿用2020年试行版传闻的12分。',
    '等级分数线为推定：总分≥10分为环保诚信园区，≥6分为环保合格园区，其余为环保风险园区；种子报告只表明10分为诚信园区。',
    '第22、23项在种子报告中分值为0，按不计分的记录项处理（只能评0分），其在评价办法中的作用未知。',
    '评分说明（如“若自查报告中未上报某项指标内容的，此项指标按最高分进行扣分”）的原文未见于种子报告，未录入。',
  ],
};

/** The schemes built into the platform; further schemes load from files (readSchemeText, readSchemeGrid). */
export const BUILT_IN_SCHEMES: readonly CreditScheme[] = [HUNAN_2024_SCHEME];
