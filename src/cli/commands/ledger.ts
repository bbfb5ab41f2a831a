import type { Command } from 'commander';
import { lastCompleteYear } from '../../domain/report/reportingYear.js';
import { getLedgerStats } from '../../services/ledger/getLedgerStats.js';
import { withStore, type GlobalOptions } from '../runtime.js';

export function registerLedger(program: Command) {
  program
    .command('ledger')
    .description('企业档案')
    .command('stats')
    .description('企业档案统计（年度报告表1.3-1上方段落的各项数字）')
    .requiredOption('--park <code>', '园区代码，如 S437012')
    .option('--year <year>', '报告年度', String(lastCompleteYear(new Date())))
    .option('--json', '输出 JSON')
    .action(async (opts: { park: string; year: string; json?: boolean }) => {
      const r = await withStore(program.opts<GlobalOptions>(), (ctx) => getLedgerStats(ctx, opts.park, opts.year));
      console.log(opts.json ? JSON.stringify(r, null, 2) : r.text);
    });
}
