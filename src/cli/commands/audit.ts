import type { Command } from 'commander';
import { verifyAuditTrail } from '../../services/audit/verifyAuditTrail.js';
import { withStore, type GlobalOptions } from '../runtime.js';

export function registerAudit(program: Command) {
  program
    .command('audit')
    .description('变更记录')
    .command('verify')
    .description('逐条核验变更记录的哈希链，指出第一条被改动或删除的记录')
    .action(async () => {
      const r = await withStore(program.opts<GlobalOptions>(), (ctx) => verifyAuditTrail(ctx));
      if (r.ok) console.log(`变更记录完整：共${r.entries}条，哈希链核验通过`);
      else {
        console.error(`变更记录核验失败：${r.firstBad!.problem}（此前${r.entries}条完好）`);
        process.exitCode = 1;
      }
    });
}
