import type { Command } from 'commander';
import { lintAnnualReport } from '../../services/reports/lintAnnualReport.js';
import { renderAnnualReport } from '../../services/reports/renderAnnualReport.js';
import { lintLines } from '../lintFindings.js';
import { stepProgress } from '../progress.js';
import { listReportTexts, resetReportText, setReportText, type ReportTextBlock } from '../../services/reports/reportTexts.js';
import { ServiceError } from '../../services/errors.js';
import { CliFileError, readInputFile, withStore, writeOutputFile, type GlobalOptions } from '../runtime.js';

interface ParkYear {
  park: string;
  year: string;
}

const withParkYear = (c: Command) =>
  c.requiredOption('--park <code>', '园区代码，如 S437012').requiredOption('--year <year>', '报告年度，如 2024');

function describeBlock(b: ReportTextBlock): string {
  const state = b.carriedFromYear
    ? `沿用${b.carriedFromYear}年文字`
    : b.text !== null
      ? `已编辑（${b.updatedBy ?? ''} ${b.updatedAt ?? ''}）`.replace(/（\s+）/, '')
      : b.kind === 'generated'
        ? '平台生成'
        : '尚未填写';
  return `${b.key}\t${b.section}\t${state}`;
}

export function registerReport(program: Command) {
  const report = program.command('report').description('报告');
  const run = <T>(fn: Parameters<typeof withStore<T>>[1]) => withStore(program.opts<GlobalOptions>(), fn);

  withParkYear(report.command('annual').description('生成园区生态环境管理年度自评估报告（.docx）'))
    .requiredOption('--out <file>', '输出的 .docx 文件')
    .action(async (opts: ParkYear & { out: string }) => {
      const progress = stepProgress('生成报告', 3, '读取数据、生成章节、检查');
      try {
        const r = await run((ctx) =>
          renderAnnualReport(ctx, opts.park, opts.year, (stage) => progress.step(stage === 'built' ? '写出 Word' : '保存文件')),
        );
        writeOutputFile(opts.out, r.bytes, '输出文件');
        progress.step('完成');
        progress.stop();
        console.log(`已生成：${opts.out}`);
        // The report is exported whatever the lint found; what it found is listed with it.
        for (const line of lintLines(r.lint)) console.log(line);
      } finally {
        progress.stop();
      }
    });

  withParkYear(report.command('lint').description('报告检查：年度报告中互相矛盾或与台账不符之处（有错误时退出码为 1）'))
    .option('--json', '输出 JSON')
    .action(async (opts: ParkYear & { json?: boolean }) => {
      const lint = await run((ctx) => lintAnnualReport(ctx, opts.park, opts.year));
      if (opts.json) console.log(JSON.stringify(lint, null, 2));
      else for (const line of lintLines(lint)) console.log(line);
      if (lint.errors > 0) process.exitCode = 1;
    });

  const text = report.command('text').description('年度报告中由用户编写的文字（替换生成的段落，或成效、问题、计划等章节）');
  withParkYear(text.command('list').description('列出可编写的段落及其文字'))
    .option('--block <key>', '只显示这一段落的文字')
    .option('--json', '输出 JSON')
    .action(async (opts: ParkYear & { block?: string; json?: boolean }) => {
      const blocks = await run((ctx) => listReportTexts(ctx, opts.park, opts.year));
      const shown = opts.block ? blocks.filter((b) => b.key === opts.block) : blocks;
      if (opts.block && shown.length === 0) {
        throw new ServiceError('NOT_FOUND', `报告中没有段落“${opts.block}”，可编写的段落：${blocks.map((b) => b.key).join('、')}`);
      }
      if (opts.json) console.log(JSON.stringify(shown, null, 2));
      else if (opts.block) console.log(shown[0]!.text ?? shown[0]!.generated ?? '');
      else for (const b of shown) console.log(describeBlock(b));
    });
  withParkYear(text.command('set').description('用文件中的文字替换一个段落（UTF-8 文本）'))
    .requiredOption('--block <key>', '段落编号，如 1.ledger（表1.3-1上方的段落）或 3（成效）')
    .requiredOption('--file <file>', 'UTF-8 文本文件')
    .action(async (opts: ParkYear & { block: string; file: string }) => {
      const bytes = readInputFile(opts.file, '文字文件');
      const content = new TextDecoder('utf-8', { fatal: false }).decode(bytes).replace(/^\uFEFF/, '');
      if (content.includes('\uFFFD')) throw new CliFileError(`文字文件"${opts.file}"不是 UTF-8 编码的文本`);
      const b = await run((ctx) => setReportText(ctx, opts.park, opts.year, opts.block, { text: content.trimEnd() }));
      console.log(`已保存：${describeBlock(b)}`);
    });
  withParkYear(text.command('reset').description('删除编写的文字，恢复平台生成的段落'))
    .requiredOption('--block <key>', '段落编号')
    .action(async (opts: ParkYear & { block: string }) => {
      const b = await run((ctx) => resetReportText(ctx, opts.park, opts.year, opts.block));
      console.log(`已恢复：${describeBlock(b)}`);
    });
}
