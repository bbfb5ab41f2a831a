import type { Command } from 'commander';
import { exportEnterprisesWorkbook, importEnterprisesWorkbook, enterprisesTemplateWorkbook } from '../../services/enterprises/ledgerWorkbook.js';
import { registerImportAirSeries } from './airSeries.js';
import { registerImportResults } from './results.js';
import { registerExportQuotas, registerImportQuotas } from './quotas.js';
import { registerExportWaste, registerImportWaste } from './waste.js';
import { readInputFile, withStore, writeOutputFile, type GlobalOptions } from '../runtime.js';

export function registerEnterprises(program: Command) {
  const imp = program.command('import').description('导入');
  registerImportResults(program, imp);
  registerImportAirSeries(program, imp);
  registerImportWaste(program, imp);
  registerImportQuotas(program, imp);
  imp
    .command('enterprises <file>')
    .description('从工作簿导入企业档案（表1.3-1格式；全部成功或全部不写入）')
    .requiredOption('--park <code>', '园区代码，如 S437012')
    .action(async (file: string, opts: { park: string }) => {
      const bytes = readInputFile(file, '导入文件');
      const r = await withStore(program.opts<GlobalOptions>(), (ctx) => importEnterprisesWorkbook(ctx, opts.park, bytes));
      console.log(`导入成功：新增${r.created}家，更新${r.updated}家`);
      for (const w of r.warnings) console.log(`  提示：工作表"${w.sheet}"第${w.row}行 ${w.column}列：${w.message}（值"${String(w.value)}"）`);
      if (r.decisions.length > 0) console.log(`待核对（导入时自行判断的${r.decisions.length}处，请逐一核对）：`);
      for (const d of r.decisions) console.log(`  待核对：工作表"${d.sheet}"第${d.row}行 ${d.column}列：${d.message}（原文"${d.value}"，记为"${d.takenAs}"）`);
    });

  const exp = program.command('export').description('导出');
  registerExportWaste(program, exp);
  registerExportQuotas(program, exp);
  exp
    .command('enterprises')
    .description('导出企业档案工作簿（表1.3-1格式）')
    .requiredOption('--park <code>', '园区代码，如 S437012')
    .requiredOption('--out <file>', '输出的 .xlsx 文件')
    .action(async (opts: { park: string; out: string }) => {
      const r = await withStore(program.opts<GlobalOptions>(), (ctx) => exportEnterprisesWorkbook(ctx, opts.park));
      writeOutputFile(opts.out, r.bytes, '输出文件');
      console.log(`已导出：${opts.out}`);
    });
  exp
    .command('template')
    .description('导出企业档案导入模板')
    .requiredOption('--out <file>', '输出的 .xlsx 文件')
    .action(async (opts: { out: string }) => {
      writeOutputFile(opts.out, (await enterprisesTemplateWorkbook()).bytes, '输出文件');
      console.log(`已导出模板：${opts.out}`);
    });
}
