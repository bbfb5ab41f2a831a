/**
 * The words of the requirement registers (要求与落实台账, issue 11 item 2): where requirements come from, the four
 * dimensions of a 三线一单 control unit's requirements, the unit classes and the verdicts a park gives.
 */

/** 要求来源: 规划环评审查意见, 跟踪评价意见, 环境管控单元, 其他文件. */
export const SOURCE_KINDS = ['planEia', 'followUp', 'controlUnit', 'other'] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];
export const SOURCE_KIND_LABELS: Readonly<Record<SourceKind, string>> = {
  planEia: '规划环评审查意见',
  followUp: '跟踪评价审查意见',
  controlUnit: '“三线一单”环境管控单元',
  other: '其他文件',
};

/** 管控维度 of a control unit's requirements, in the order the 准入清单 lists them. */
export const CONTROL_DIMENSIONS = ['空间布局约束', '污染物排放管控', '环境风险防控', '资源开发效率要求'] as const;
export type ControlDimension = (typeof CONTROL_DIMENSIONS)[number];

/**
 * 单元分类 and the prefix of the unit code that goes with it (环境管控单元编码: YS 优先保护, ZH 重点管控, YB 一般管控,
 * then the 6-digit county code and a 5-digit number, e.g. ZH43042620004). UNCONFIRMED: the prefixes follow the
 * 三线一单 technical guide as commonly applied; a province writing others would need this table corrected.
 */
export const UNIT_CLASSES = ['优先保护单元', '重点管控单元', '一般管控单元'] as const;
export type UnitClass = (typeof UNIT_CLASSES)[number];
export const UNIT_CODE_PREFIX: Readonly<Record<UnitClass, string>> = { 优先保护单元: 'YS', 重点管控单元: 'ZH', 一般管控单元: 'YB' };
export const UNIT_CODE_PATTERN = /^(YS|ZH|YB)\d{11}$/;

/** The verdicts the platform knows (与审查意见符合性 / 是否落实); a park's own wording (是) is kept as written. */
export const STANDARD_VERDICTS = ['符合', '基本符合', '不符合', '已落实', '未落实'] as const;
/** Verdicts that say a requirement is not met, in the standard words or a park's (否, 未落实). */
export const NEGATIVE_VERDICTS: readonly string[] = ['不符合', '未落实', '否'];

/** Figures the platform holds that a requirement may quote, so the lint can compare its implementation text. */
export const LINKED_FIGURES = ['quota', 'wastewaterPlantCapacity'] as const;
export type LinkedFigure = (typeof LINKED_FIGURES)[number];
export const LINKED_FIGURE_LABELS: Readonly<Record<LinkedFigure, string>> = {
  quota: '污染物总量控制指标',
  wastewaterPlantCapacity: '污水处理厂处理规模',
};

/** The particulars of a 三线一单 environmental control unit (环境管控单元), as table 4 prints them. */
export interface ControlUnit {
  /** 环境管控单元编码: ZH43042620004. */
  code: string;
  name: string;
  /** 行政区划 by name: 湖南省 / 衡阳市 / 祁东县. */
  division: { province: string; city: string; county: string };
  class: UnitClass;
  /** 单元面积 (km²) as the list words it, with the approvals: 核准范围：2.4（湘政办函[2000]9号）；… */
  areaText: string;
  /** 涉及乡镇（街道）. */
  towns: string[];
  /** 区域主体功能定位. */
  mainFunctions: string;
  /** 主导产业, as the list words it (numbered approvals and their industries). */
  leadingIndustries: string;
  /** 重要敏感目标. */
  sensitiveTargets: string;
  /** 主要环境问题. */
  mainProblems: string;
}

/** A document named as evidence of an implementation. Files come with the attachment store (issue 13). */
export interface EvidenceDocument {
  title: string;
  /** 文号, file name or where it is kept. */
  reference: string;
}
