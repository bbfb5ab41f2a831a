import type { Command } from 'commander';
import { renderAnnualReport } from '../../services/reports/renderAnnualReport.js';
import { withStore, writeOutputFile, type GlobalOptions } from '../runtime.js';

export function registerReport(program: Command) {
  program
    .command('report')
    .description('报告')
    .command('annual')
    .description('生成园区生态环境管理年度自评估报告（.docx）')
    .requiredOption('--park <code>', '园区代码，如 S437012')
    .requiredOption('--year <year>', '报告年度，如 2024')
    .requiredOption('--out <file>', '输出的 .docx 文件')
    .action(async (opts: { park: string; year: string; out: string }) => {
      const r = await withStore(program.opts<GlobalOptions>(), (ctx) => renderAnnualReport(ctx, opts.park, opts.year));
      writeOutputFile(opts.out, r.bytes, '输出文件');
      console.log(`已生成：${opts.out}`);
    });
}
