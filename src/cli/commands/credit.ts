import { extname } from 'node:path';
import type { Command } from 'commander';
import { parse as parseYaml } from 'yaml';
import type { CreditScheme } from '../../domain/credit/types.js';
import { SCHEME_FORMATS, type CreditEvaluationView, type SchemeFormat } from '../../services/credit/creditSchemas.js';
import { getCreditEvaluation } from '../../services/credit/evaluations.js';
import { listSchemes, loadSchemeFile } from '../../services/credit/schemes.js';
import { readInputFile, withStore, type GlobalOptions } from '../runtime.js';

const fileName = (file: string) => file.split(/[\\/]/).pop() ?? file;

const pointsText = (scheme: CreditScheme, number: string) => {
  const item = scheme.items.find((i) => i.number === number);
  if (!item) return '';
  return item.effect.kind === 'points' ? (item.effect.points > 0 ? `+${item.effect.points}` : `${item.effect.points}`) : `直接评为${item.effect.grade}`;
};

const signed = (n: number) => (n > 0 ? `+${n}` : `${n}`);

/** How an item's score reads: points as signed numbers, a setsGrade item as 适用 / 不适用. */
const scoreText = (scheme: CreditScheme, number: string, score: number | null) => {
  if (score === null) return '—';
  const item = scheme.items.find((i) => i.number === number);
  return item?.effect.kind === 'setsGrade' ? (score === 1 ? '适用' : '不适用') : signed(score);
};

/** The evaluation as text: the total and grade, then every item's entered score and proposal with its reason. */
export function evaluationLines(v: CreditEvaluationView): string[] {
  if (!v.scheme) return [`${v.park} ${v.year}年：没有适用的信用评价方案（可用 --scheme 指定）`];
  const s = v.scheme;
  const lines = [`${v.park} ${v.year}年园区环保信用自评（方案：${s.name}，${s.id} 版本 ${s.version}${s.document ? `，${s.document}` : ''}）`];
  if (v.evaluation && v.result) {
    const status = v.evaluation.status === 'submitted' ? `已提交（${v.evaluation.submittedBy ?? ''} ${v.evaluation.submittedAt ?? ''}）` : '草稿';
    lines.push(`状态：${status}`);
    lines.push(`总分：${v.result.total}分  等级：${v.result.grade}${v.result.gradeSetBy ? `（第${v.result.gradeSetBy}项直接评定）` : ''}`);
  } else {
    lines.push(`${v.year}年尚无自评记录，以下仅为平台根据记录提出的建议分`);
  }
  if (v.proposedResult) lines.push(`按建议分：总分${v.proposedResult.total}分  等级：${v.proposedResult.grade}（平台无法判断的项按0分计）`);
  const differing = v.items.filter((i) => i.differs);
  if (v.evaluation) lines.push(differing.length ? `自评分与建议分不一致：${differing.length}项（第${differing.map((i) => i.number).join('、')}项，标 ※）` : '自评分与建议分一致');
  for (const item of v.items) {
    const schemeItem = s.items.find((i) => i.number === item.number)!;
    const mark = item.differs ? '※' : ' ';
    const entered = v.evaluation ? `自评 ${scoreText(s, item.number, item.score)}  ` : '';
    const proposal = item.proposal.status === 'proposed' ? `建议 ${scoreText(s, item.number, item.proposal.score)}` : '建议 —（平台无此类记录）';
    const level2 = schemeItem.level2 && schemeItem.level2 !== '/' ? `/${schemeItem.level2}` : '';
    lines.push(`${mark}${item.number}. [${schemeItem.level1}${level2}] ${schemeItem.criterion}（${pointsText(s, item.number)}）`);
    lines.push(`    ${entered}${proposal}：${item.proposal.reason}`);
    if (item.comment) lines.push(`    说明：${item.comment}`);
  }
  if (v.lastYear) lines.push(`上年（${v.lastYear.year}年）：总分${v.lastYear.total}分  等级：${v.lastYear.grade}`);
  return lines;
}

function formatOf(cmd: Command, file: string, given: string | undefined): SchemeFormat | undefined {
  const ext = extname(file).toLowerCase().replace(/^\./, '');
  const format = given ?? (ext === 'yml' ? 'yaml' : ext);
  if ((SCHEME_FORMATS as readonly string[]).includes(format)) return format as SchemeFormat;
  cmd.error(`错误：文件 ${file}：格式"${format || '（无扩展名）'}"无效，应为 json、yaml（.yml）或 xlsx，可用 --format 指定`, { exitCode: 1, code: 'parkeco.credit.load-scheme.format' });
  return undefined;
}

/** `parkeco credit schemes|load-scheme|evaluate`. */
export function registerCredit(program: Command) {
  const group = program.command('credit').description('园区环保信用评价：评价方案与年度自评');

  const schemes = group.command('schemes').description('列出信用评价方案（内置及导入的；标明各方案的最新版本）').option('--json', '以 JSON 输出');
  schemes.action(async (opts: { json?: boolean }) => {
    const r = await withStore(program.opts<GlobalOptions>(), (ctx) => listSchemes(ctx));
    if (opts.json) return schemes.configureOutput().writeOut?.(`${JSON.stringify(r, null, 2)}\n`);
    const lines = r.schemes.map(({ scheme: s, builtIn, source, latest }) => {
      const years = `${s.years.from}–${s.years.to ?? '至今'}`;
      const grades = s.grades.map((g) => (g.minTotal === null ? g.name : `${g.name}≥${g.minTotal}`)).join('，');
      return `${latest ? '*' : ' '} ${s.id} 版本${s.version}  ${s.name}  地区${s.regionCode}  ${years}年  初始分${s.initialScore}${s.maximum === null ? '' : `  最高${s.maximum}`}  ${s.items.length}项  等级：${grades}  ${builtIn ? '内置' : `导入自 ${source}`}`;
    });
    schemes.configureOutput().writeOut?.(`${[...lines, '（* 为该方案的最新版本，新的自评采用它）'].join('\n')}\n`);
  });

  const load = group
    .command('load-scheme')
    .description('导入信用评价方案（JSON、YAML，或按自评表版式的 .xlsx：序号 | 一级指标 | 二级指标 | 评价标准 | 分值）；有误时列出行、字段和值，全部不写入')
    .argument('<file>', '方案文件')
    .option('--format <format>', 'json、yaml 或 xlsx（默认按扩展名）')
    .option('--meta <file>', 'xlsx 必填：方案基本信息（JSON 或 YAML：id、version、name、document、regionCode、yearFrom、yearTo、initialScore、maximum、grades、notes、unconfirmed）');
  load.action(async (file: string, opts: { format?: string; meta?: string }) => {
    const format = formatOf(load, file, opts.format);
    if (!format) return;
    const bytes = readInputFile(file, '方案文件');
    let meta: unknown;
    if (opts.meta !== undefined) {
      const text = readInputFile(opts.meta, '方案基本信息文件').toString('utf8').replace(/^\uFEFF/, '');
      try {
        meta = /\.ya?ml$/i.test(opts.meta) ? parseYaml(text) : JSON.parse(text);
      } catch (e) {
        return load.error(`错误：方案基本信息文件 ${opts.meta} 无法读取：${e instanceof Error ? e.message : String(e)}`, { exitCode: 1, code: 'parkeco.credit.load-scheme.meta' });
      }
    }
    const r = await withStore(program.opts<GlobalOptions>(), (ctx) => loadSchemeFile(ctx, bytes, format, fileName(file), meta));
    load.configureOutput().writeOut?.(`导入成功：${fileName(file)}，方案 ${r.scheme.id} 版本 ${r.scheme.version}（${r.scheme.name}），${r.scheme.items.length}项${r.latest ? '，为该方案的最新版本' : ''}\n`);
  });

  const evaluate = group
    .command('evaluate')
    .description('某年度的园区环保信用自评：总分、等级，每项的自评分与平台建议分及其依据（不一致的标 ※）；尚无自评时只列建议分')
    .requiredOption('--park <code>', '园区代码，如 S437012')
    .requiredOption('--year <year>', '年度，如 2024')
    .option('--scheme <id>', '评价方案编号（尚无自评时按它提出建议分；默认按园区地区和年度选用）')
    .option('--json', '以 JSON 输出');
  evaluate.action(async (opts: { park: string; year: string; scheme?: string; json?: boolean }) => {
    if (!/^\d{4}$/.test(opts.year)) return evaluate.error(`错误：--year 的值"${opts.year}"无效，应为4位年份`, { exitCode: 1, code: 'parkeco.credit.evaluate.year' });
    const v = await withStore(program.opts<GlobalOptions>(), (ctx) =>
      getCreditEvaluation(ctx, opts.park, Number(opts.year), opts.scheme === undefined ? {} : { schemeId: opts.scheme }),
    );
    evaluate.configureOutput().writeOut?.(opts.json ? `${JSON.stringify(v, null, 2)}\n` : `${evaluationLines(v).join('\n')}\n`);
  });
}
