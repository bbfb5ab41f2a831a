import type { Command } from 'commander';
import { monitoringSummary, type MonitoringSummary } from '../../services/monitoring/monitoringSummary.js';
import { withStore, type GlobalOptions } from '../runtime.js';

const tag = (simulated: boolean) => (simulated ? '（模拟数据）' : '');

/** The summary as lines a steward reads in a terminal. */
export function summaryLines(s: MonitoringSummary): string[] {
  const lines = [`${s.park} ${s.year}年度环境监测汇总`, '', '监测计划落实情况：'];
  if (s.plan.length === 0) lines.push('  （本年度没有监测计划）');
  for (const p of s.plan) {
    lines.push(`  ${p.medium}｜${p.points}｜计划每点位${p.planned}期｜${p.status}${p.reason ? `（${p.reason}）` : ''}`);
    if (p.done) lines.push(`    完成/计划：${p.done}`);
  }
  lines.push('', '实验室监测结果（按要素）：');
  if (s.media.length === 0) lines.push('  （本年度没有实验室监测结果）');
  for (const m of s.media) {
    lines.push(`  ${m.medium}${tag(m.simulated)}：${m.points}个点位，评价样品${m.evaluatedSamples}，超标样品${m.exceedingSamples}，达标率${m.rate ?? '—'}，最大超标倍数${m.maxMultiple}`);
    for (const i of m.exceedingItems) lines.push(`    超标：${i.name}（${i.points.join('、')}）${i.samples}，最大超标倍数${i.maxMultiple ?? '—'}`);
    if (m.noLimitItems.length) lines.push(`    标准无限值、未评价：${m.noLimitItems.join('、')}`);
    for (const n of m.notJudged) lines.push(`    未评价：${n.point}${n.note ? `（${n.note}）` : ''}`);
  }
  lines.push('', '空气质量监测站：');
  if (s.stations.length === 0) lines.push('  （园区没有空气质量监测站点）');
  for (const st of s.stations) {
    if (st.monitoringDays === null) {
      lines.push(`  ${st.name}${tag(st.simulated)}：本年度无数据`);
      continue;
    }
    lines.push(
      `  ${st.name}${st.role ? `（${st.role}）` : ''}${tag(st.simulated)}：有效监测${st.monitoringDays}，达标${st.compliantDays}，达标率${st.rate ?? '—'}；` +
        `优良天数${st.goodDays ?? '—'}天，优良率${st.goodDayShare === null ? '—' : `${st.goodDayShare}%`}（${st.source}）`,
    );
    const exceeding = st.factors.filter((f) => f.exceedingDays > 0);
    if (exceeding.length) lines.push(`    超标因子：${exceeding.map((f) => `${f.name} ${f.exceedingDays}天，最大超标倍数${f.maxMultiple ?? '—'}`).join('；')}`);
    for (const c of st.comparison) lines.push(`    ${c}`);
  }
  if (s.regional) {
    lines.push('', `区域空气质量（${s.regional.name}）${tag(s.regional.simulated)}：`);
    for (const f of s.regional.figures) lines.push(`  ${f.label}：${f.text}${f.entered ? '（录入）' : ''}`);
  }
  return lines;
}

/** `parkeco monitoring summary --park CODE --year Y [--json]`. */
export function registerMonitoring(program: Command) {
  const monitoring = program.command('monitoring').description('环境监测：计划落实、实验室结果评价、空气质量评价');
  const summary = monitoring
    .command('summary')
    .description('园区一年的监测汇总：计划落实情况，各要素达标率与超标项，空气站达标率、优良天数与同比，区域空气质量（与年度报告同一计算）')
    .requiredOption('--park <code>', '园区代码，如 S437012')
    .requiredOption('--year <year>', '年份，如 2024')
    .option('--json', '输出 JSON');
  summary.action(async (opts: { park: string; year: string; json?: boolean }) => {
    if (!/^\d{4}$/.test(opts.year)) return summary.error(`错误：--year 的值"${opts.year}"无效，应为4位年份`, { exitCode: 1, code: 'parkeco.monitoring.year' });
    const s = await withStore(program.opts<GlobalOptions>(), (ctx) => monitoringSummary(ctx, opts.park, Number(opts.year)));
    process.stdout.write(opts.json ? `${JSON.stringify(s, null, 2)}\n` : `${summaryLines(s).join('\n')}\n`);
  });
}
