import { z } from 'zod';
import { formatDecimalDegrees } from '../../domain/geo/formatCoordinate.js';
import { AXIS_LABELS, parseCoordinate, type Axis } from '../../domain/geo/parseCoordinate.js';
import { POINT_KINDS, POINT_KINDS_TEXT, POINT_ROLES, POINT_ROLES_TEXT } from '../../domain/geo/pointKinds.js';
import { STANDARD_CODES } from '../../domain/standards/evaluateSample.js';
import { int4Positive, safeText } from '../fields.js';

/**
 * A longitude or latitude as typed: degrees-minutes-seconds text (112°12′58″, 112度12分58秒, E/东经 …) or decimal
 * degrees (text or number). Answers the decimal degrees to 6 places as text.
 */
const coordinateInput = (axis: Axis) =>
  z
    .union([z.string().max(60, `${AXIS_LABELS[axis]}不能超过60个字`), z.number()], {
      error: `${AXIS_LABELS[axis]}应为度分秒（如 112°12′58″）或小数度（如 112.216111）`,
    })
    .describe(`${AXIS_LABELS[axis]}：度分秒文字（如 112°12′58″、112度12分58秒）或小数度`)
    .transform((value, ctx) => {
      const parsed = parseCoordinate(value, axis);
      if (!parsed.ok) {
        ctx.addIssue({ code: 'custom', message: parsed.error, input: value });
        return z.NEVER;
      }
      return formatDecimalDegrees(parsed.degrees);
    });

/** 新增点位 / 修改点位. */
export const PointInput = z
  .object({
    name: safeText('点位名称', 100).trim().min(1, '点位名称不能为空'),
    kind: z.enum(POINT_KINDS, { error: `点位类型应为 ${POINT_KINDS_TEXT} 之一` }),
    role: z.enum(POINT_ROLES, { error: `点位性质应为 ${POINT_ROLES_TEXT} 之一，或 null（无）` }).nullable().default(null),
    longitude: coordinateInput('longitude'),
    latitude: coordinateInput('latitude'),
    stationId: int4Positive('关联站点').nullable().default(null).describe('本园区的 HJ 212 站点编号；点位即该站点时填写'),
    standardCode: z
      .enum(STANDARD_CODES, { error: `执行标准应为 ${STANDARD_CODES.join('、')} 之一` })
      .nullable()
      .default(null),
    standardClass: safeText('标准类别', 20)
      .trim()
      .transform((s) => s || null)
      .nullable()
      .default(null)
      .describe('如 二级、Ⅲ类、2类；空白视为未填'),
    items: z
      .array(safeText('监测项目', 50).trim().min(1, '监测项目不能为空'), { error: '监测项目应为文字列表' })
      .max(50, '监测项目不能超过50项')
      .default([])
      .superRefine((items, ctx) => {
        const seen = new Set<string>();
        items.forEach((item, i) => {
          if (seen.has(item)) ctx.addIssue({ code: 'custom', message: `监测项目“${item}”重复`, path: [i] });
          seen.add(item);
        });
      }),
    note: safeText('备注', 500).nullable().default(null),
  })
  .superRefine((p, ctx) => {
    if (p.standardClass && p.standardCode === null) {
      ctx.addIssue({ code: 'custom', message: '填写了标准类别时应选择执行标准', path: ['standardCode'] });
    }
  });
export type PointInputBody = z.input<typeof PointInput>;
export type PointInputValues = z.output<typeof PointInput>;

// ---- Responses ----

const decimalDegrees = z.string().describe('小数度，6位小数（十进制数字文字）');

/** A monitoring point with its coordinates both ways, its station's MN, and warnings (e.g. outside China). */
export const PointViewSchema = z.object({
  id: z.number().int(),
  name: z.string(),
  kind: z.enum(POINT_KINDS),
  kindLabel: z.string().describe('空气站、微站、城市站…'),
  role: z.enum(POINT_ROLES).nullable(),
  roleLabel: z.string().describe('上风向、下风向、园区内…；无'),
  longitude: decimalDegrees,
  latitude: decimalDegrees,
  longitudeDms: z.string().describe('度分秒，整秒，如 112°12′58″'),
  latitudeDms: z.string().describe('度分秒，整秒，如 26°34′9″'),
  stationId: z.number().int().nullable(),
  stationMn: z.string().nullable().describe('关联站点的 MN'),
  stationName: z.string().nullable(),
  standardCode: z.enum(STANDARD_CODES).nullable(),
  standardClass: z.string().nullable(),
  items: z.array(z.string()),
  note: z.string().nullable(),
  warnings: z.array(z.string()).describe('提醒（不阻止保存），如坐标不在中国境内'),
  createdAt: z.string().describe('创建时间（ISO 时间）'),
  updatedAt: z.string().describe('修改时间（ISO 时间）'),
});
export type PointView = z.infer<typeof PointViewSchema>;
