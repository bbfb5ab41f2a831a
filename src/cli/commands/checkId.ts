import type { Command } from 'commander';
import { checkIdentifier } from '../../domain/identifiers/index.js';

export function registerCheckId(program: Command) {
  program
    .command('check-id <value>')
    .description('识别并校验编号：统一社会信用代码、排污许可证、应急预案备案编号、环评文号、登记表备案号、区划代码、行业代码')
    .option('--json', '输出 JSON')
    .action((value: string, opts: { json?: boolean }) => {
      const r = checkIdentifier(value);
      if (opts.json) console.log(JSON.stringify(r, null, 2));
      else {
        console.log(`类型：${r.kindLabel}`);
        console.log(`结果：${r.valid ? (r.warnings.length ? '有效（有提示）' : '有效') : '无效'}`);
        if (r.parts) for (const [k, v] of Object.entries(r.parts)) console.log(`  ${k}: ${String(v)}`);
        for (const e of r.errors) console.log(`错误：${e}`);
        for (const w of r.warnings) console.log(`提示：${w}`);
      }
      process.exitCode = r.valid ? 0 : 1;
    });
}
