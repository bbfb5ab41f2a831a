import { join } from 'node:path';
import type { Command } from 'commander';
import { createHj212Receiver, DEFAULT_HJ212_HOST } from '../../server/hj212/receiver.js';
import { sealAuditHead } from '../../services/audit/sealAuditHead.js';
import { seedDemoPark } from '../../services/demo/seedDemoPark.js';
import { ensureInitialAdmin } from '../../services/auth/users.js';
import { systemContext } from '../../services/context.js';
import { listParks } from '../../services/parks/parkProfile.js';
import { auditKeyLocation, loadAuditKey } from '../../store/auditKey.js';
import { openStore, storeOptionsFromEnv } from '../../store/client.js';
import { packageRoot, type GlobalOptions } from '../runtime.js';
import { DEFAULT_HJ212_PORT } from './hj212.js';

export function registerStart(program: Command) {
  program
    .command('start')
    .description('启动平台：迁移数据库，空库时载入演示园区，提供网页和接口')
    .option('-p, --port <port>', '端口', process.env.PORT ?? '3000')
    .option('--host <host>', '监听地址', process.env.HOST ?? '127.0.0.1')
    .option('--no-demo', '空库时不载入演示园区')
    .option('--hj212-port <port>', 'HJ 212 接收端端口', process.env.HJ212_PORT ?? String(DEFAULT_HJ212_PORT))
    .option('--hj212-host <host>', 'HJ 212 接收端监听地址（0.0.0.0 为全部地址）', process.env.HJ212_HOST || DEFAULT_HJ212_HOST)
    .option('--no-hj212', '不启动 HJ 212 接收端')
    .action(async (opts: { port: string; host: string; demo: boolean; hj212Port: string; hj212Host: string; hj212: boolean }) => {
      // The web server loads here, not with the CLI: every other command starts a second sooner without it.
      const { buildApp, trustProxyFromEnv } = await import('../../server/app.js');
      const { LOG_LEVELS, logLevelFromEnv } = await import('../../server/requestLog.js');
      const global = program.opts<GlobalOptions>();
      const logLevel = logLevelFromEnv();
      if (!logLevel) {
        console.error(`无法启动：LOG_LEVEL 应为 ${LOG_LEVELS.join('、')} 之一，收到"${process.env.LOG_LEVEL}"`);
        process.exit(1);
      }
      const storeOptions = storeOptionsFromEnv(process.env, global.dataDir);
      const store = await openStore(storeOptions);
      await store.migrate();
      // The server writes the audit trail: without its key it does not start (see store/auditKey.ts).
      const audit = await loadAuditKey(store.db, auditKeyLocation(process.env, storeOptions), { create: true });
      if (!audit.key) {
        console.error(`无法启动：${audit.missing}`);
        await store.close();
        process.exit(1);
      }
      const ctx = systemContext(store.db);
      if (opts.demo && (await listParks(ctx)).length === 0 && (await seedDemoPark(ctx))) {
        console.log('已载入演示园区：湖南祁东高新技术产业开发区（S437012）');
      }
      const admin = await ensureInitialAdmin(ctx, process.env.PARKECO_ADMIN_PASSWORD || undefined);
      if (admin?.password) {
        console.log(`已创建管理员账号 ${admin.username}，一次性密码：${admin.password}`);
        console.log('（此密码只显示这一次；首次登录时须改为自己的密码。忘记时可用 parkeco user passwd admin 重设）');
      } else if (admin) console.log(`已创建管理员账号 ${admin.username}（密码取自 PARKECO_ADMIN_PASSWORD，首次登录时须修改）`);
      // Sign the head now (the first time, this also seals a trail written before the key), every minute while
      // running — so a cut tail is caught even before the 100th entry's checkpoint — and again at stop.
      const sealed = await sealAuditHead(ctx);
      if (sealed.refused) console.warn(`警告：变更记录未能签署检查点：${sealed.refused}；请运行 parkeco audit verify`);
      let sealWarned = false;
      const sealTimer = setInterval(() => {
        void sealAuditHead(ctx)
          .then((r) => r.refused, (e: Error) => e.message)
          .then((refused) => {
            if (refused && !sealWarned) console.warn(`警告：变更记录未能签署检查点：${refused}；请运行 parkeco audit verify`);
            sealWarned = Boolean(refused);
          });
      }, auditSealIntervalMs());
      sealTimer.unref();
      const receiver = opts.hj212
        ? createHj212Receiver({ db: store.db, port: Number(opts.hj212Port), host: opts.hj212Host, queue: { concurrency: store.kind === 'postgres' ? 4 : 1 } })
        : null;
      const app = await buildApp({ store, webRoot: join(packageRoot, 'web/dist'), logger: { level: logLevel }, trustProxy: trustProxyFromEnv() });
      await app.listen({ port: Number(opts.port), host: opts.host });
      if (receiver) console.log(`HJ 212 接收端已启动：${opts.hj212Host} 端口 ${await receiver.listen()}`);
      const where = 'dataDir' in storeOptions ? `PGlite（${storeOptions.dataDir}）` : 'PostgreSQL';
      console.log(`园区生态环境管理平台已启动：http://localhost:${opts.port}  数据库：${where}`);
      const stop = async () => {
        clearInterval(sealTimer);
        await receiver?.close();
        await app.close();
        const sealed = await sealAuditHead(ctx).catch((e: Error) => ({ refused: e.message }));
        if (sealed.refused) console.warn(`警告：变更记录未能签署检查点：${sealed.refused}`);
        await store.close();
        process.exit(0);
      };
      process.on('SIGINT', stop);
      process.on('SIGTERM', stop);
    });
}

/** How often a running server signs the audit head: a minute, or PARKECO_AUDIT_SEAL_SECONDS (tests use 1). */
function auditSealIntervalMs(): number {
  const seconds = Number(process.env.PARKECO_AUDIT_SEAL_SECONDS);
  return Number.isFinite(seconds) && seconds > 0 ? seconds * 1000 : 60_000;
}
