import { extname } from 'node:path';
import type { Command } from 'commander';
import { ServiceError, type ServiceIssue } from '../../services/errors.js';
import { emissionSummary } from '../../services/registers/emissionSummary.js';
import { exportEmissionsWorkbook, importEmissionsWorkbook } from '../../services/registers/emissionsWorkbook.js';
import type { EmissionSummary } from '../../services/registers/quotaSchemas.js';
import { exportQuotasWorkbook, importQuotasWorkbook } from '../../services/registers/quotasWorkbook.js';
import { readInputFile, withStore, writeOutputFile, type GlobalOptions } from '../runtime.js';

const issueLine = (i: ServiceIssue) =>
  i.row === undefined
    ? `  - ${i.field ? `${i.field}：` : ''}${i.value === undefined ? '' : `值"${String(i.value)}"，`}${i.message}`
    : `  - ${i.sheet === undefined ? '' : `工作表"${i.sheet}"`}第${i.row}行 ${i.column ?? ''}：值"${String(i.value ?? '')}"，${i.message}`;

const yearError = (cmd: Command, year: string, code: string) => cmd.error(`错误：--year 的值"${year}"无效，应为4位年份`, { exitCode: 1, code });
const fileName = (file: string) => file.split(/[\\/]/).pop() ?? file;

/** Runs an import; a refused workbook ends the command with every issue listed. */
async function importing<T>(cmd: Command, name: string, code: string, run: () => Promise<T>): Promise<T | undefined> {
  try {
    return await run();
  } catch (e) {
    if (e instanceof ServiceError && (e.code === 'IMPORT_INVALID' || e.code === 'VALIDATION')) {
      cmd.error([`错误：${name}：${e.message}`, ...e.issues.map(issueLine)].join('\n'), { exitCode: 1, code });
      return undefined;
    }
    throw e;
  }
}

function checkXlsx(cmd: Command, file: string, code: string): boolean {
  const ext = extname(file).toLowerCase();
  if (ext === '.xlsx') return true;
  cmd.error(`错误：文件 ${file}：扩展名"${ext || '（无扩展名）'}"无效，应为 .xlsx 工作簿`, { exitCode: 1, code });
  return false;
}

/** `parkeco import quotas FILE --park` and `parkeco import emissions FILE --park --year [--confirm 表中名称=档案名称 …]`. */
export function registerImportQuotas(program: Command, imp: Command) {
  const quotas = imp
    .command('quotas')
    .description('导入总量控制指标（.xlsx：污染物 | 总量控制指标(t/a) | 批复文号 | 批复名称 | 批复时间），替换园区的全部指标；任一错误则全部不写入')
    .argument('<file>', '.xlsx 工作簿')
    .requiredOption('--park <code>', '园区代码，如 S437012');
  quotas.action(async (file: string, opts: { park: string }) => {
    if (!checkXlsx(quotas, file, 'parkeco.import.quotas.input')) return;
    const bytes = readInputFile(file, '总量控制指标文件');
    const r = await importing(quotas, fileName(file), 'parkeco.import.quotas.invalid', () =>
      withStore(program.opts<GlobalOptions>(), (ctx) => importQuotasWorkbook(ctx, opts.park, bytes, fileName(file))),
    );
    if (!r) return;
    const lines = [`导入成功：${fileName(file)}，${r.quotas.length}项总量控制指标（${r.approval?.documentNumber ?? '无批复'}）`, ...r.quotas.map((q) => `  ${q.name}：${q.tonnesPerYear} t/a`)];
    quotas.configureOutput().writeOut?.(`${lines.join('\n')}\n`);
  });

  const emissions = imp
    .command('emissions')
    .description('导入某年度的实际排放量（.xlsx：序号 | 企业名称 | 统一社会信用代码 | 化学需氧量 | 氨氮 | 二氧化硫 | 氮氧化物 | 挥发性有机物 …，t/a），替换该年度的企业排放量；任一错误则全部不写入')
    .argument('<file>', '.xlsx 工作簿；企业名称须与企业档案一致（或填写统一社会信用代码）；“园区公布总量”一行为园区公布的总量')
    .requiredOption('--park <code>', '园区代码，如 S437012')
    .requiredOption('--year <year>', '年度，如 2024')
    .option(
      '--confirm <表中名称=档案名称>',
      '确认表中名称所指的档案企业（如导入提示的最接近企业），可重复；不会新建企业',
      (value: string, all: string[]) => [...all, value],
      [] as string[],
    );
  emissions.action(async (file: string, opts: { park: string; year: string; confirm: string[] }) => {
    if (!/^\d{4}$/.test(opts.year)) return yearError(emissions, opts.year, 'parkeco.import.emissions.year');
    if (!checkXlsx(emissions, file, 'parkeco.import.emissions.input')) return;
    const bytes = readInputFile(file, '排放量文件');
    const r = await importing(emissions, fileName(file), 'parkeco.import.emissions.invalid', () =>
      withStore(program.opts<GlobalOptions>(), (ctx) => importEmissionsWorkbook(ctx, opts.park, Number(opts.year), bytes, fileName(file), opts.confirm)),
    );
    if (!r) return;
    const enterprises = new Set(r.rows.filter((x) => x.enterpriseId !== null).map((x) => x.enterpriseId)).size;
    const published = r.rows.filter((x) => x.enterpriseId === null).length;
    emissions.configureOutput().writeOut?.(`导入成功：${fileName(file)}，${r.year}年，${enterprises}家企业，共${r.rows.length}行排放量${published ? `（其中园区公布总量${published}行）` : ''}\n`);
  });
}

/** `parkeco export quotas --park --out` and `parkeco export emissions --park --year --out`: the layouts the imports read. */
export function registerExportQuotas(program: Command, exp: Command) {
  const quotas = exp
    .command('quotas')
    .description('导出总量控制指标（.xlsx，可修改后再导入）')
    .requiredOption('--park <code>', '园区代码，如 S437012')
    .requiredOption('--out <file>', '输出的 .xlsx 文件');
  quotas.action(async (opts: { park: string; out: string }) => {
    if (extname(opts.out).toLowerCase() !== '.xlsx') return quotas.error(`错误：--out 的值"${opts.out}"无效，应为 .xlsx 文件`, { exitCode: 1, code: 'parkeco.export.quotas.out' });
    const r = await withStore(program.opts<GlobalOptions>(), (ctx) => exportQuotasWorkbook(ctx, opts.park));
    writeOutputFile(opts.out, r.bytes, '输出文件');
    quotas.configureOutput().writeOut?.(`已导出：${opts.out}\n`);
  });

  const emissions = exp
    .command('emissions')
    .description('导出某年度的实际排放量（.xlsx，每家企业一行、每种污染物一列，园区公布总量一行；可修改后再导入）')
    .requiredOption('--park <code>', '园区代码，如 S437012')
    .requiredOption('--year <year>', '年度，如 2024')
    .requiredOption('--out <file>', '输出的 .xlsx 文件');
  emissions.action(async (opts: { park: string; year: string; out: string }) => {
    if (!/^\d{4}$/.test(opts.year)) return yearError(emissions, opts.year, 'parkeco.export.emissions.year');
    if (extname(opts.out).toLowerCase() !== '.xlsx') return emissions.error(`错误：--out 的值"${opts.out}"无效，应为 .xlsx 文件`, { exitCode: 1, code: 'parkeco.export.emissions.out' });
    const r = await withStore(program.opts<GlobalOptions>(), (ctx) => exportEmissionsWorkbook(ctx, opts.park, Number(opts.year)));
    writeOutputFile(opts.out, r.bytes, '输出文件');
    emissions.configureOutput().writeOut?.(`已导出：${opts.out}（${opts.year}年）\n`);
  });
}

/** The summary as text lines: each pollutant's total, its verdict, and the change from last year. */
export function summaryLines(s: EmissionSummary): string[] {
  const lines = [`${s.park} ${s.year}年总量控制情况${s.approval ? `（总量控制指标依据：${s.approval.documentNumber}）` : '（未设总量控制指标）'}`];
  if (s.totals.length === 0) lines.push(`  ${s.year}年没有排放量数据`);
  for (const t of s.totals) {
    const v = s.verdict?.verdicts.find((x) => x.key === t.key);
    const basis = t.basis === 'published' ? '园区公布' : `${t.enterprises}家企业合计${t.difference ? `，与园区公布的${t.published} t/a相差${t.difference} t/a` : ''}`;
    const verdict = v
      ? `，总量控制指标${v.quotaTonnesPerYear} t/a，占${v.sharePercent ?? '—'}%，${v.withinQuota ? `余量${v.marginTonnesPerYear} t/a，在指标以内` : `超出${v.marginTonnesPerYear.replace(/^-/, '')} t/a`}`
      : '，无总量控制指标';
    lines.push(`  ${t.name}：排放总量${t.tonnesPerYear} t/a（${basis}）${verdict}`);
  }
  if (s.verdict && s.totals.length) lines.push(`结论：${s.verdict.withinQuota ? `${s.year}年污染物排放量在总量控制范围以内` : `${s.year}年超出总量控制指标的污染物：${s.verdict.verdicts.filter((v) => !v.withinQuota).map((v) => v.name).join('、')}`}`);
  if (s.sentence) lines.push(`同比：${s.sentence}`);
  return lines;
}

/** `parkeco emissions summary --park --year [--json]`. */
export function registerEmissions(program: Command) {
  const group = program.command('emissions').description('总量控制：年度实际排放量');
  const summary = group
    .command('summary')
    .description('某年度的总量控制情况：各污染物园区排放总量、是否在总量控制指标以内、与上年相比的变化')
    .requiredOption('--park <code>', '园区代码，如 S437012')
    .requiredOption('--year <year>', '年度，如 2024')
    .option('--json', '以 JSON 输出');
  summary.action(async (opts: { park: string; year: string; json?: boolean }) => {
    if (!/^\d{4}$/.test(opts.year)) return yearError(summary, opts.year, 'parkeco.emissions.summary.year');
    const s = await withStore(program.opts<GlobalOptions>(), (ctx) => emissionSummary(ctx, opts.park, Number(opts.year)));
    summary.configureOutput().writeOut?.(opts.json ? `${JSON.stringify(s, null, 2)}\n` : `${summaryLines(s).join('\n')}\n`);
  });
}
