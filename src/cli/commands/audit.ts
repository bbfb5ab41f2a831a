import type { Command } from 'commander';
import { sealAuditHead } from '../../services/audit/sealAuditHead.js';
import { verifyAuditTrail } from '../../services/audit/verifyAuditTrail.js';
import { withStore, type GlobalOptions } from '../runtime.js';

export function registerAudit(program: Command) {
  program
    .command('audit')
    .description('变更记录')
    .command('verify')
    .description('核验变更记录的哈希链、签名和检查点：指出第一条被改动或删除的记录、被截短的记录、伪造的检查点；有任何问题时退出码为1')
    .action(async () => {
      // Never create a key here: a missing key is a finding, not something to paper over.
      const r = await withStore(
        program.opts<GlobalOptions>(),
        async (ctx) => {
          const result = await verifyAuditTrail(ctx);
          // Only a trail found whole is sealed: signing a tampered head would launder it.
          if (result.ok) await sealAuditHead(ctx);
          return result;
        },
        { createAuditKey: false, seal: false },
      );
      if (r.ok) {
        const legacy = r.unsigned > 0 ? `；其中前${r.unsigned}条早于审计密钥、没有签名，只按哈希链和其后的检查点核验` : '';
        console.log(`变更记录完整：共${r.entries}条，哈希链、签名和${r.checkpoints}个检查点核验通过${legacy}`);
      } else {
        for (const f of r.findings) console.error(`变更记录核验失败：${f.message}`);
        process.exitCode = 1;
      }
    });
}
