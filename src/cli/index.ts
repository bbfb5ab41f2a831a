import { Command } from 'commander';
import { registerAudit } from './commands/audit.js';
import { registerCheckId } from './commands/checkId.js';
import { registerDb } from './commands/db.js';
import { registerEnterprises } from './commands/enterprises.js';
import { registerHj212 } from './commands/hj212.js';
import { registerLedger } from './commands/ledger.js';
import { registerReport } from './commands/report.js';
import { registerStart } from './commands/start.js';
import { registerStd } from './commands/std.js';
import { registerUsers } from './commands/users.js';
import { reportError } from './runtime.js';

const program = new Command('parkeco')
  .description('园区生态环境管理平台')
  .option('--data-dir <dir>', 'PGlite 数据目录（未设置 DATABASE_URL 时使用；默认 ./data 或 PARKECO_DATA_DIR）');

registerStart(program);
registerDb(program);
registerEnterprises(program);
registerLedger(program);
registerReport(program);
registerCheckId(program);
registerUsers(program);
registerAudit(program);
registerHj212(program);
registerStd(program);
(await import('./commands/results.js')).registerResults(program);
(await import('./commands/monitoring.js')).registerMonitoring(program);
(await import('./commands/quotas.js')).registerEmissions(program);
(await import('./commands/screen.js')).registerScreen(program);
(await import('./commands/credit.js')).registerCredit(program);

await program.parseAsync(process.argv).catch(reportError);
