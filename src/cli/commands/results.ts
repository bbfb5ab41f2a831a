import { extname } from 'node:path';
import type { Command } from 'commander';
import {
  evaluateLabResults,
  issueText,
  LAB_STANDARDS,
  labStandard,
  LabResultsError,
  type LabEvaluation,
  type LabEvaluationOptions,
  type LabResult,
  type LabStandard,
} from '../../domain/monitoring/labResults/index.js';
import { StandardInputError, WATER_CLASS_LABELS } from '../../domain/standards/index.js';
import { readLabResultsFile } from '../../services/monitoring/labResultsFile.js';
import { WorkbookReadError } from '../../render/xlsx/workbookErrors.js';
import { ServiceError } from '../../services/errors.js';
import { importLabResults } from '../../services/monitoring/labResultsImport.js';
import { readInputFile, withStore, type GlobalOptions } from '../runtime.js';

interface CheckOptions {
  standard: string;
  targetClass?: string;
  landClass?: string;
  waterBody?: string;
  landUse?: string;
  ph?: string;
  json?: boolean;
}

export function registerResults(program: Command) {
  const results = program.command('results').description('实验室监测结果（监测报告）');
  const check = results
    .command('check')
    .description('读取监测报告结果（.xlsx 或 .csv：点位、采样日期、监测项目、监测结果、单位、检出限），按标准评价每个样品并汇总各点位；有错误时全部不读取')
    .argument('<file>', '.xlsx 工作簿或 .csv 文件（UTF-8 或 GBK）')
    .requiredOption('--standard <code>', `标准代码：${LAB_STANDARDS.join('、')}`)
    .option('--target-class <n>', 'GB3838/GB14848：目标水质类别 1～5（默认 3）；GB3096：声环境功能区 0、1、2、3、4a、4b；GB3095：环境空气功能区 1 或 2（默认 2）')
    .option('--land-class <n>', 'GB36600：用地类别 1 或 2')
    .option('--water-body <kind>', 'GB3838：river（河流，默认）或 lake（湖、库）')
    .option('--land-use <use>', 'GB15618：paddy（水田）、orchard（果园）、other（其他）、rotation（水旱轮作）')
    .option('--ph <value>', 'GB15618：土壤 pH（样品没有 pH 结果时使用）')
    .option('--json', '输出 JSON');
  check.action(async (file: string, opts: CheckOptions) => {
    const fail = (lines: string[]) => check.error(lines.join('\n'), { exitCode: 1, code: 'parkeco.results.input' });
    const standard = labStandard(opts.standard);
    if (standard === null) return fail([`错误：--standard 的值"${opts.standard}"无效，应为 ${LAB_STANDARDS.join('、')} 之一`]);
    const options: LabEvaluationOptions = {
      standard,
      ...(opts.targetClass === undefined ? {} : { targetClass: opts.targetClass }),
      ...(opts.landClass === undefined ? {} : { landClass: opts.landClass }),
      ...(opts.waterBody === undefined ? {} : { waterBody: opts.waterBody }),
      ...(opts.landUse === undefined ? {} : { landUse: opts.landUse }),
      ...(opts.ph === undefined ? {} : { pH: opts.ph }),
    };
    let evaluation: LabEvaluation;
    let rs: LabResult[];
    try {
      rs = await readFile(file, standard);
      evaluation = evaluateLabResults(rs, options);
    } catch (e) {
      if (e instanceof LabResultsError) return fail([`错误：${e.message}`, ...e.issues.map((i) => `  - ${issueText(i)}`)]);
      if (e instanceof WorkbookReadError) return fail([`错误：文件 ${file}：${e.message}`]);
      if (e instanceof StandardInputError) return fail([`错误：${e.message}`]);
      throw e;
    }
    const decisions = rs.flatMap((r) =>
      (r.filledDown ?? []).map((f) => ({ ...(r.sheet === undefined ? {} : { sheet: r.sheet }), row: r.row, column: f.column, takenAs: f.value, fromRow: f.fromRow })),
    );
    const out = opts.json
      ? JSON.stringify({ file, results: rs.length, decisions, ...evaluation }, null, 2)
      : evaluationText(file, rs.length, evaluation, decisions);
    check.configureOutput().writeOut?.(`${out}\n`);
  });
}

/** `parkeco import results FILE --park CODE --year Y`: a lab report into the park's points, all or nothing. */
export function registerImportResults(program: Command, imp: Command) {
  const cmd = imp
    .command('results')
    .description('导入实验室监测报告结果（.xlsx 或 .csv）到园区监测点位，按年度保存；任一错误则全部不写入')
    .argument('<file>', '.xlsx 工作簿或 .csv 文件（UTF-8 或 GBK）；点位名称须与园区监测点位一致')
    .requiredOption('--park <code>', '园区代码，如 S437012')
    .requiredOption('--year <year>', '结果所属的报告年份，采样日期须在该年内');
  cmd.action(async (file: string, opts: { park: string; year: string }) => {
    if (!/^\d{4}$/.test(opts.year)) {
      return cmd.error(`错误：--year 的值"${opts.year}"无效，应为4位年份`, { exitCode: 1, code: 'parkeco.import.results.year' });
    }
    const ext = extname(file).toLowerCase();
    if (ext !== '.xlsx' && ext !== '.csv') {
      return cmd.error(`错误：文件 ${file}：扩展名"${ext || '（无扩展名）'}"无效，应为 .xlsx 工作簿或 .csv 文件`, { exitCode: 1, code: 'parkeco.import.results.input' });
    }
    const bytes = readInputFile(file, '监测结果文件');
    let r;
    try {
      r = await withStore(program.opts<GlobalOptions>(), (ctx) => importLabResults(ctx, opts.park, Number(opts.year), file, bytes));
    } catch (e) {
      if (e instanceof ServiceError && e.code === 'IMPORT_INVALID') {
        return cmd.error([`错误：${e.message}`, ...e.issues.map((i) => `  - ${i.message}`)].join('\n'), { exitCode: 1, code: 'parkeco.import.results.invalid' });
      }
      throw e;
    }
    const out = [
      `导入成功：${r.file}，${r.year}年，${r.results}条结果${r.replaced ? `（其中${r.replaced}条替换了原有结果）` : ''}`,
      table([
        ['点位', '结果数', '样品数', '替换', '采样日期'],
        ...r.points.map((p) => [p.point, String(p.results), String(p.samples), String(p.replaced), p.firstDate === p.lastDate ? p.firstDate : `${p.firstDate}～${p.lastDate}`]),
      ]),
    ];
    if (r.decisions.length) {
      out.push(`待核对（导入时自行判断的${r.decisions.length}处）：`);
      for (const d of r.decisions) out.push(`  ${d.sheet === undefined ? '' : `工作表"${d.sheet}"`}第${d.row}行${d.column}为空（合并单元格），取第${d.fromRow}行的"${d.takenAs}"`);
    }
    cmd.configureOutput().writeOut?.(`${out.join('\n')}\n`);
  });
}

/** The file's results (the import service's path); the extension is checked before the file is read. */
async function readFile(file: string, standard: LabStandard): Promise<LabResult[]> {
  const ext = extname(file).toLowerCase();
  if (ext !== '.xlsx' && ext !== '.csv') {
    throw new LabResultsError([{ file, value: ext || '（无扩展名）', expected: '.xlsx 工作簿或 .csv 文件' }]);
  }
  return readLabResultsFile(file, readInputFile(file, '监测结果文件'), { standard });
}

const LAND_USES: Readonly<Record<string, string>> = { paddy: '水田', orchard: '果园', other: '其他农用地', rotation: '水旱轮作' };

function optionsText(e: LabEvaluation): string {
  const o = e.options;
  switch (e.standard) {
    case 'GB3838':
      return `目标${WATER_CLASS_LABELS[Number(o.targetClass ?? 3) - 1]}类，${o.waterBody === 'lake' ? '湖、库' : '河流'}`;
    case 'GB14848':
      return `目标${WATER_CLASS_LABELS[Number(o.targetClass ?? 3) - 1]}类`;
    case 'GB36600':
      return `第${o.landClass === '2' ? '二' : '一'}类用地`;
    case 'GB15618':
      return `${LAND_USES[o.landUse ?? ''] ?? o.landUse}${o.pH ? `，无 pH 结果的样品按 pH ${o.pH}` : ''}`;
    case 'GB3096':
      return `${o.targetClass}类声环境功能区`;
    case 'GB3095':
      return `${o.targetClass === '1' ? '一' : '二'}类区，24小时平均浓度限值`;
  }
}

const exceedText = (i: { name: string; multiple: string | null; excessDb: string | null }) =>
  i.multiple !== null ? `${i.name}（${i.multiple}倍）` : i.excessDb !== null ? `${i.name}（超${i.excessDb} dB）` : i.name;

const verdictText = (compliant: boolean | null) => (compliant === null ? '无可评价项目' : compliant ? '达标' : '超标');

/** What the reader decided on its own: an empty (merged) point or date cell taken from the row above. */
interface Decision {
  sheet?: string;
  row: number;
  column: string;
  takenAs: string;
  fromRow: number;
}

function evaluationText(file: string, count: number, e: LabEvaluation, decisions: Decision[]): string {
  const out = [
    `文件：${file}（${count}条结果，${e.samples.length}个样品，${e.points.length}个点位）`,
    `标准：${e.standardName}（${optionsText(e)}）`,
    '',
    '样品评价',
    table([
      ['点位', '采样日期', '判定', '结论', '超标项目（超标倍数）', '无限值项目'],
      ...e.samples.map((s) => [
        s.point,
        s.date,
        verdictText(s.compliant),
        s.summary,
        s.exceedingItems.map(exceedText).join('、') || '—',
        s.noLimit.map((n) => n.name).join('、') || '—',
      ]),
    ]),
    '',
    '点位汇总',
    table([
      ['点位', '样品数', '超标样品数', '判定', ...(e.standard === 'GB3838' || e.standard === 'GB14848' ? ['最差类别'] : []), '超标项目', '最大超标倍数'],
      ...e.points.map((p) => [
        p.point,
        String(p.samples),
        String(p.exceedingSamples),
        verdictText(p.compliant),
        ...(e.standard === 'GB3838' || e.standard === 'GB14848' ? [p.worstClassLabel === null ? '—' : `${p.worstClassLabel}类`] : []),
        p.exceedingItems
          .map((x) => `${x.name}（${x.samples}次${x.maxMultiple !== null ? `，最大${x.maxMultiple}倍` : x.maxExcessDb !== null ? `，最大超${x.maxExcessDb} dB` : ''}）`)
          .join('、') || '—',
        p.maxMultiple ? `${p.maxMultiple.name} ${p.maxMultiple.multiple}（${p.maxMultiple.date}）` : '—',
      ]),
    ]),
  ];
  const noLimit = e.samples.flatMap((s) => s.noLimit.map((n) => `${s.point} ${s.date} ${n.name} ${n.value} ${n.unit}：${n.reason}`));
  if (noLimit.length) out.push('', '无限值项目（未评价，不计为达标）', ...noLimit.map((l) => `  ${l}`));
  const flagged = e.samples.flatMap((s) => s.items.filter((i) => i.detectionLimitAboveLimit).map((i) => `${s.point} ${s.date} ${i.name}：${i.note}`));
  const filled = decisions.map((d) => `${d.sheet === undefined ? '' : `工作表"${d.sheet}"`}第${d.row}行${d.column}为空（合并单元格），取第${d.fromRow}行的"${d.takenAs}"`);
  if (flagged.length || filled.length) out.push('', '待核对', ...[...flagged, ...filled].map((l) => `  ${l}`));
  const notMeasured = e.samples.flatMap((s) => s.notMeasured.map((n) => `${s.point} ${s.date} ${n.name}`));
  if (notMeasured.length) out.push('', `未测：${notMeasured.join('；')}`);
  return out.join('\n');
}

/** Left-aligned columns; CJK characters count double. */
function table(rows: string[][]): string {
  const width = (s: string) => [...s].reduce((n, ch) => n + (/[\u1100-\uffff]/.test(ch) && !/[µ³Ⅰ-Ⅻ]/.test(ch) ? 2 : 1), 0);
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => width(r[c] ?? ''))));
  return rows.map((r) => r.map((cell, c) => (c === r.length - 1 ? cell : cell + ' '.repeat(widths[c] - width(cell) + 2))).join('').trimEnd()).join('\n');
}
