import type { Command } from 'commander';
import { seedDemoPark } from '../../services/demo/seedDemoPark.js';
import { withStore, type GlobalOptions } from '../runtime.js';

export function registerDb(program: Command) {
  const db = program.command('db').description('数据库');
  db.command('migrate')
    .description('执行数据库迁移')
    .action(async () => {
      await withStore(program.opts<GlobalOptions>(), async () => undefined);
      console.log('数据库迁移完成');
    });
  db.command('seed-demo')
    .description('载入演示园区（祁东高新区2024年，50家企业，监测计划与模拟监测数据）')
    .option('--no-simulated-year', '不载入3个空气站2023、2024年的模拟小时数据（约5.3万条，较慢）')
    .action(async (opts: { simulatedYear: boolean }) => {
      const loaded = await withStore(program.opts<GlobalOptions>(), (ctx) => seedDemoPark(ctx, { simulatedYear: opts.simulatedYear }));
      console.log(loaded ? '已载入演示园区 S437012' : '演示园区 S437012 已存在，未重复载入');
    });
}
