import { Decimal } from 'decimal.js';

/** Which coordinate a value is: 经度 (east–west) or 纬度 (north–south). */
export type Axis = 'longitude' | 'latitude';

export const AXIS_LABELS: Record<Axis, string> = { longitude: '经度', latitude: '纬度' };

/** The greatest absolute value of each axis, in degrees. */
export const AXIS_LIMITS: Record<Axis, number> = { longitude: 180, latitude: 90 };

/** Decimal places of a stored and printed decimal degree (6 places ≈ 0.1 m). */
export const DECIMAL_PLACES = 6;

export type ParseResult = { ok: true; degrees: Decimal; form: 'dms' | 'decimal' } | { ok: false; error: string };

/** Full-width ASCII (Ａ–Ｚ, ０–９, ．, ＂, ＇…) and the ideographic space to their half-width forms. */
function halfWidth(s: string): string {
  return s.replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/\u3000/g, ' ');
}

/** Hemisphere words before or after the value: E/W/N/S, 东经/西经/北纬/南纬 (东/西/北/南 alone too). */
const HEMISPHERES: Record<string, { axis: Axis; sign: 1 | -1 }> = {
  E: { axis: 'longitude', sign: 1 },
  W: { axis: 'longitude', sign: -1 },
  N: { axis: 'latitude', sign: 1 },
  S: { axis: 'latitude', sign: -1 },
  东经: { axis: 'longitude', sign: 1 },
  西经: { axis: 'longitude', sign: -1 },
  北纬: { axis: 'latitude', sign: 1 },
  南纬: { axis: 'latitude', sign: -1 },
  东: { axis: 'longitude', sign: 1 },
  西: { axis: 'longitude', sign: -1 },
  北: { axis: 'latitude', sign: 1 },
  南: { axis: 'latitude', sign: -1 },
};
const HEMISPHERE_PATTERN = '东经|西经|北纬|南纬|[EWNS东西南北]';

const NUMBER = '\\d+(?:\\.\\d+)?';
// 度: ° º ˚ 度 (a typed "o" is not accepted); 分: ′ ' ’ ‘ ´ 分; 秒: ″ " ” “ '' ′′ ’’ 秒.
const DEG = '[°º˚度]';
const MIN = "(?:['′’‘´]|分)";
const SEC = '(?:"|″|”|“|\'\'|′′|’’|秒)';
const DMS = new RegExp(`^(${NUMBER})\\s*${DEG}\\s*(?:(${NUMBER})\\s*${MIN}\\s*(?:(${NUMBER})\\s*(?:${SEC})?\\s*)?)?$`);
const DECIMAL = new RegExp(`^([-+])?\\s*(${NUMBER})\\s*${DEG}?$`);

const EXAMPLES: Record<Axis, string> = {
  longitude: '度分秒（如 112°12′58″、112度12分58秒）或小数度（如 112.216111）',
  latitude: '度分秒（如 26°34′9″、26度34分9秒）或小数度（如 26.569167）',
};

/**
 * Reads a longitude or latitude as typed in a Chinese report or form: degrees-minutes-seconds (112°12′58″,
 * 112°12'58", 112度12分58秒, with full-width characters, with E/N/东经/北纬 before or after) or decimal degrees
 * (112.2161, -3.5). W/S/西经/南纬 make the value negative. Minutes and seconds must be below 60, degrees within
 * ±180 (longitude) or ±90 (latitude). Errors are Chinese and name the value.
 */
export function parseCoordinate(input: string | number, axis: Axis): ParseResult {
  const label = AXIS_LABELS[axis];
  if (typeof input === 'number') {
    if (!Number.isFinite(input)) return { ok: false, error: `${label}“${String(input)}”不是有限的数字` };
    input = String(input);
  }
  const shown = input.length > 40 ? `${input.slice(0, 40)}…` : input;
  let text = halfWidth(input).trim().toUpperCase();
  if (text === '') return { ok: false, error: `${label}不能为空，应为${EXAMPLES[axis]}` };
  if (/^\d+(\.\d+)?E[-+]?\d+$/.test(text)) return { ok: false, error: `${label}“${shown}”有误：不接受科学计数法，应为${EXAMPLES[axis]}` };

  let sign: 1 | -1 = 1;
  const hemi = new RegExp(`^(${HEMISPHERE_PATTERN})\\s*|\\s*(${HEMISPHERE_PATTERN})$`);
  const h = hemi.exec(text);
  if (h) {
    const word = h[1] ?? h[2];
    const found = HEMISPHERES[word];
    if (found.axis !== axis) {
      return { ok: false, error: `${label}“${shown}”有误：“${word}”表示${AXIS_LABELS[found.axis]}，不是${label}` };
    }
    sign = found.sign;
    text = (h[1] ? text.slice(h[0].length) : text.slice(0, text.length - h[0].length)).trim();
  }

  const dms = DMS.exec(text);
  if (dms) {
    const [, d, m, s] = dms;
    if (m !== undefined && d.includes('.')) return { ok: false, error: `${label}“${shown}”有误：写了分时度应为整数，实际为${d}` };
    if (s !== undefined && m!.includes('.')) return { ok: false, error: `${label}“${shown}”有误：写了秒时分应为整数，实际为${m}` };
    if (m !== undefined && new Decimal(m).gte(60)) return { ok: false, error: `${label}“${shown}”有误：分应在0至59之间，实际为${m}` };
    if (s !== undefined && new Decimal(s).gte(60)) return { ok: false, error: `${label}“${shown}”有误：秒应小于60，实际为${s}` };
    const degrees = new Decimal(d)
      .plus(new Decimal(m ?? 0).div(60))
      .plus(new Decimal(s ?? 0).div(3600))
      .times(sign);
    return withinRange(degrees, axis, shown, 'dms');
  }
  const dec = DECIMAL.exec(text);
  if (dec) {
    if (dec[1] && h) return { ok: false, error: `${label}“${shown}”有误：正负号与${h[1] ?? h[2]}不能同时使用` };
    const degrees = new Decimal(dec[2]).times(dec[1] === '-' ? -1 : 1).times(sign);
    return withinRange(degrees, axis, shown, 'decimal');
  }
  return { ok: false, error: `${label}“${shown}”无法识别，应为${EXAMPLES[axis]}` };
}

function withinRange(degrees: Decimal, axis: Axis, shown: string, form: 'dms' | 'decimal'): ParseResult {
  const limit = AXIS_LIMITS[axis];
  if (degrees.abs().gt(limit)) {
    return { ok: false, error: `${AXIS_LABELS[axis]}“${shown}”超出范围：应在 -${limit}° 至 ${limit}° 之间` };
  }
  return { ok: true, degrees, form };
}
