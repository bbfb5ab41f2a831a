import type { Command } from 'commander';
import { RULE_EFFECT_LABELS, SCREENING_OUTCOME_LABELS, triggerText } from '../../domain/registers/admission/admissionLabels.js';
import type { RuleHit, Screening } from '../../domain/registers/admission/screenProject.js';
import {
  getAdmissionRules,
  listAdmissionScreenings,
  loadAdmissionRulesFile,
  screenAdmissionProject,
} from '../../services/registers/admission.js';
import type { AdmissionRuleSet, ScreeningResult } from '../../services/registers/admissionSchemas.js';
import { readInputFile, withStore, type GlobalOptions } from '../runtime.js';

/**
 * Exit codes of `parkeco screen`: 0 通过, 2 附条件通过, 3 不通过; 1 stays what it is for every command (bad input,
 * unknown park, no rules).
 */
export const SCREEN_EXIT_CODES: Readonly<Record<Screening['outcome'], number>> = { pass: 0, conditional: 2, fail: 3 };

const collect = (value: string, previous: string[]) => [...previous, value];

const hitLines = (h: RuleHit, i: number) => [
  `  ${i + 1}. [${RULE_EFFECT_LABELS[h.effect]}${h.match === 'possible' ? '，可能适用：行业代码须细化后判断' : ''}] ${h.id}：${h.wording}`,
  `     来源：${h.source}`,
];

/** C2110 家具制造业; C3982（属 C39 计算机、通信和其他电子设备制造业） when the reference lists only an ancestor. */
export function industryLine(r: Pick<ScreeningResult, 'industryCode' | 'industryName' | 'industryNameCode'>): string {
  if (r.industryName === null) return r.industryCode;
  return r.industryNameCode === r.industryCode ? `${r.industryCode} ${r.industryName}` : `${r.industryCode}（属 ${r.industryNameCode} ${r.industryName}）`;
}

function screeningLines(r: ScreeningResult, subAreas: string[]): string[] {
  const out = [`准入审核结论：${SCREENING_OUTCOME_LABELS[r.outcome]}（${r.outcome}）`];
  if (r.saved) out.push(`项目：${r.saved.projectName}${r.saved.applicant ? `（建设单位：${r.saved.applicant}）` : ''}`);
  out.push(`行业：${industryLine(r)}`);
  if (subAreas.length > 0) out.push(`片区：${subAreas.join('、')}`);
  if (r.decidedBy.length === 0) out.push('适用规则：无');
  else out.push(`适用规则（${r.decidedBy.length}条）：`, ...r.decidedBy.flatMap(hitLines));
  if (r.saved) out.push(`已保存：${r.saved.year}年准入审核记录（编号${r.saved.id}）`);
  return out;
}

function ruleSetLines(set: AdmissionRuleSet): string[] {
  if (set.rules.length === 0 && set.updatedAt === null) return [`${set.park}（${set.parkCode}）尚未设置准入条件`];
  const out = [
    `${set.park}（${set.parkCode}）准入条件：${set.rules.length}条规则`,
    `片区：${set.subAreas.length > 0 ? set.subAreas.join('、') : '无'}`,
  ];
  if (set.source) out.push(`来源：${set.source}`);
  set.rules.forEach((r, i) => {
    out.push(`  ${i + 1}. [${RULE_EFFECT_LABELS[r.effect]}] ${r.id}（${triggerText(r.trigger)}；${r.subArea ?? '全园区'}）：${r.wording}`, `     来源：${r.source}`);
  });
  return out;
}

/** The day in Beijing time of an ISO timestamp. */
const beijingDate = (iso: string) => new Date(Date.parse(iso) + 8 * 3600 * 1000).toISOString().slice(0, 10);

const yearError = (value: string) => `错误：--year 的值"${value}"无效，应为4位年份`;

/**
 * `parkeco screen --park CODE --industry CODE [--heavy-metals] [--vocs] [--air-polluting] [--land-class M3]
 * [--sub-area 云鹤工业园] [--name 项目名称] [--applicant 建设单位] [--year Y] [--save] [--json]`, and
 * `parkeco admission rules|load-rules|screenings`.
 */
export function registerScreen(program: Command) {
  const screen = program
    .command('screen')
    .description(
      '拟引进项目准入审核：按园区准入条件给出 通过 / 附条件通过 / 不通过，并列出适用的每条规则（原文及来源）。\n' +
        `退出码：${SCREEN_EXIT_CODES.pass} 通过，${SCREEN_EXIT_CODES.conditional} 附条件通过，${SCREEN_EXIT_CODES.fail} 不通过，1 输入有误`,
    )
    .requiredOption('--park <code>', '园区代码，如 S437012')
    .requiredOption('--industry <code>', 'GB/T 4754-2017 行业代码，尽量细到中类或小类，如 C3982')
    .option('--heavy-metals', '涉重金属')
    .option('--vocs', '涉VOCs排放')
    .option('--air-polluting', '气型污染')
    .option('--land-class <class>', '需新增的工业用地类别：M1、M2 或 M3（不新增用地则不填）')
    .option('--sub-area <name>', '项目选址所在的园区片区，如 云鹤工业园（可重复）', collect, [] as string[])
    .option('--name <name>', '项目名称（--save 时必填）')
    .option('--applicant <name>', '建设单位')
    .option('--year <year>', '保存时计入的年度（默认当前年度）')
    .option('--save', '保存为准入审核记录')
    .option('--json', '输出 JSON');
  screen.action(
    async (opts: {
      park: string;
      industry: string;
      heavyMetals?: boolean;
      vocs?: boolean;
      airPolluting?: boolean;
      landClass?: string;
      subArea: string[];
      name?: string;
      applicant?: string;
      year?: string;
      save?: boolean;
      json?: boolean;
    }) => {
      if (opts.year !== undefined && !/^\d{4}$/.test(opts.year)) return screen.error(yearError(opts.year), { exitCode: 1, code: 'parkeco.screen.year' });
      const body = {
        industryCode: opts.industry,
        heavyMetals: opts.heavyMetals ?? false,
        vocs: opts.vocs ?? false,
        airPolluting: opts.airPolluting ?? false,
        landClass: opts.landClass?.trim().toUpperCase() ?? null,
        subAreas: opts.subArea,
        projectName: opts.name ?? null,
        applicant: opts.applicant ?? null,
        year: opts.year === undefined ? null : Number(opts.year),
        save: opts.save ?? false,
      };
      // Reading needs no audit key; saving writes a change and seals it.
      const r = await withStore(program.opts<GlobalOptions>(), (ctx) => screenAdmissionProject(ctx, opts.park, body), { seal: body.save, createAuditKey: body.save });
      process.stdout.write(opts.json ? `${JSON.stringify(r, null, 2)}\n` : `${screeningLines(r, opts.subArea).join('\n')}\n`);
      process.exitCode = SCREEN_EXIT_CODES[r.outcome];
    },
  );

  const admission = program.command('admission').description('园区准入条件与准入审核记录');

  const rules = admission
    .command('rules')
    .description('列出园区准入条件（片区与规则）')
    .requiredOption('--park <code>', '园区代码，如 S437012')
    .option('--json', '输出 JSON（可作为 load-rules 的文件）');
  rules.action(async (opts: { park: string; json?: boolean }) => {
    const set = await withStore(program.opts<GlobalOptions>(), (ctx) => getAdmissionRules(ctx, opts.park), { seal: false, createAuditKey: false });
    process.stdout.write(opts.json ? `${JSON.stringify(set, null, 2)}\n` : `${ruleSetLines(set).join('\n')}\n`);
  });

  const load = admission
    .command('load-rules')
    .description('从 JSON 文件导入园区准入条件，整体替换原有规则；任一规则有误则不写入（错误指明规则序号、字段和值）')
    .argument('<file>', 'JSON 文件：{"subAreas": [...], "rules": [...], "source": "..."}（admission rules --json 的输出亦可）')
    .requiredOption('--park <code>', '园区代码，如 S437012');
  load.action(async (file: string, opts: { park: string }) => {
    const bytes = readInputFile(file, '准入条件文件');
    const name = file.split(/[\\/]/).pop() ?? file;
    const set = await withStore(program.opts<GlobalOptions>(), (ctx) => loadAdmissionRulesFile(ctx, opts.park, bytes, name));
    process.stdout.write(`已导入准入条件：${name}，${set.rules.length}条规则，${set.subAreas.length}个片区\n`);
  });

  const screenings = admission
    .command('screenings')
    .description('年度准入审核记录及统计')
    .requiredOption('--park <code>', '园区代码，如 S437012')
    .requiredOption('--year <year>', '年度，如 2024')
    .option('--json', '输出 JSON');
  screenings.action(async (opts: { park: string; year: string; json?: boolean }) => {
    if (!/^\d{4}$/.test(opts.year)) return screenings.error(yearError(opts.year), { exitCode: 1, code: 'parkeco.admission.year' });
    const y = await withStore(program.opts<GlobalOptions>(), (ctx) => listAdmissionScreenings(ctx, opts.park, Number(opts.year)), { seal: false, createAuditKey: false });
    if (opts.json) return void process.stdout.write(`${JSON.stringify(y, null, 2)}\n`);
    const out = [
      `${y.year}年准入审核：${y.summary.screened}个项目，通过${y.summary.admitted - y.summary.conditional}个，附条件通过${y.summary.conditional}个，不通过${y.summary.failed}个`,
      y.summary.sentence,
      ...y.screenings.map((s) => `  ${beijingDate(s.screenedAt)} ${s.projectName}（${s.project.industryCode}）：${SCREENING_OUTCOME_LABELS[s.outcome]}`),
    ];
    process.stdout.write(`${out.join('\n')}\n`);
  });
}
