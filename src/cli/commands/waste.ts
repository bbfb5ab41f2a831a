import { extname } from 'node:path';
import type { Command } from 'commander';
import { QUANTITY_LABELS, WASTE_KIND_LABELS, type WasteKindTotals } from '../../domain/registers/waste/index.js';
import { ServiceError, type ServiceIssue } from '../../services/errors.js';
import { importWasteWorkbook, type ConfirmedNames } from '../../services/registers/wasteLedger.js';
import { exportWasteWorkbook } from '../../services/registers/wasteWorkbook.js';
import { readInputFile, withStore, writeOutputFile, type GlobalOptions } from '../runtime.js';

const totalsLine = (label: string, t: WasteKindTotals) =>
  `${label}：产生企业${t.generatingEnterprises}家，${QUANTITY_LABELS.generatedTonnes}${t.generatedTonnes} t/a，` +
  `${QUANTITY_LABELS.selfUtilisedTonnes}${t.selfUtilisedTonnes} t/a，${QUANTITY_LABELS.selfDisposedTonnes}${t.selfDisposedTonnes} t/a，` +
  `${QUANTITY_LABELS.entrustedTonnes}${t.entrustedTonnes} t/a`;

const issueLine = (i: ServiceIssue) =>
  i.row === undefined
    ? `  - ${i.message}`
    : `  - ${i.sheet === undefined ? '' : `工作表"${i.sheet}"`}第${i.row}行 ${i.column ?? ''}：值"${String(i.value ?? '')}"，${i.message}`;

/** `parkeco import waste FILE.xlsx --park CODE --year Y`: a year of the solid and hazardous waste ledger, all or nothing. */
export function registerImportWaste(program: Command, imp: Command) {
  const cmd = imp
    .command('waste')
    .description('导入企业固体废物处置清单（表10格式的 .xlsx），替换该年度的固体废物台账；任一错误则全部不写入')
    .argument('<file>', '.xlsx 工作簿；企业名称须与企业档案一致（或填写统一社会信用代码）')
    .requiredOption('--park <code>', '园区代码，如 S437012')
    .requiredOption('--year <year>', '台账年度，如 2024')
    .option(
      '--confirm <表中名称=档案名称>',
      '确认表中名称所指的档案企业（如导入提示的最接近企业），可重复；确认后该行计入该企业，不会新建企业',
      (value: string, all: string[]) => [...all, value],
      [] as string[],
    );
  cmd.action(async (file: string, opts: { park: string; year: string; confirm: string[] }) => {
    if (!/^\d{4}$/.test(opts.year)) {
      return cmd.error(`错误：--year 的值"${opts.year}"无效，应为4位年份`, { exitCode: 1, code: 'parkeco.import.waste.year' });
    }
    const confirmed: Record<string, string> = {};
    for (const pair of opts.confirm) {
      const [inTable, inFile, ...rest] = pair.split('=').map((s) => s.trim());
      if (!inTable || !inFile || rest.length > 0) {
        return cmd.error(`错误：--confirm 的值"${pair}"无效，应为"表中名称=档案中的企业名称"`, { exitCode: 1, code: 'parkeco.import.waste.confirm' });
      }
      confirmed[inTable] = inFile;
    }
    const ext = extname(file).toLowerCase();
    if (ext !== '.xlsx') {
      return cmd.error(`错误：文件 ${file}：扩展名"${ext || '（无扩展名）'}"无效，应为 .xlsx 工作簿`, { exitCode: 1, code: 'parkeco.import.waste.input' });
    }
    const bytes = readInputFile(file, '固体废物台账文件');
    const name = file.split(/[\\/]/).pop() ?? file;
    let r;
    try {
      r = await withStore(program.opts<GlobalOptions>(), (ctx) => importWasteWorkbook(ctx, opts.park, Number(opts.year), bytes, name, confirmed as ConfirmedNames));
    } catch (e) {
      if (e instanceof ServiceError && e.code === 'IMPORT_INVALID') {
        return cmd.error([`错误：${name}：${e.message}`, ...e.issues.map(issueLine)].join('\n'), { exitCode: 1, code: 'parkeco.import.waste.invalid' });
      }
      throw e;
    }
    const out = [
      `导入成功：${name}，${r.year}年，${r.rows.length}家企业`,
      totalsLine(WASTE_KIND_LABELS.general, r.totals.general),
      totalsLine(WASTE_KIND_LABELS.hazardous, r.totals.hazardous),
      `涉危废转移清单企业：${r.totals.transferManifestEnterprises}家`,
    ];
    if (r.findings.length > 0) out.push(`待核对（${r.findings.length}处）：`, ...r.findings.map((f) => `  ${f.message}`));
    cmd.configureOutput().writeOut?.(`${out.join('\n')}\n`);
  });
}

/** `parkeco export waste --park CODE --year Y --out F.xlsx`: a year of the ledger in the layout of table 10. */
export function registerExportWaste(program: Command, exp: Command) {
  const cmd = exp
    .command('waste')
    .description('导出某年度的企业固体废物处置清单（表10格式的 .xlsx，可修改后再导入）')
    .requiredOption('--park <code>', '园区代码，如 S437012')
    .requiredOption('--year <year>', '台账年度，如 2024')
    .requiredOption('--out <file>', '输出的 .xlsx 文件');
  cmd.action(async (opts: { park: string; year: string; out: string }) => {
    if (!/^\d{4}$/.test(opts.year)) {
      return cmd.error(`错误：--year 的值"${opts.year}"无效，应为4位年份`, { exitCode: 1, code: 'parkeco.export.waste.year' });
    }
    if (extname(opts.out).toLowerCase() !== '.xlsx') {
      return cmd.error(`错误：--out 的值"${opts.out}"无效，应为 .xlsx 文件`, { exitCode: 1, code: 'parkeco.export.waste.out' });
    }
    const r = await withStore(program.opts<GlobalOptions>(), (ctx) => exportWasteWorkbook(ctx, opts.park, Number(opts.year)));
    writeOutputFile(opts.out, r.bytes, '输出文件');
    cmd.configureOutput().writeOut?.(`已导出：${opts.out}（${opts.year}年，${r.rows}家企业）\n`);
  });
}
