import { createInterface } from 'node:readline/promises';
import type { Command } from 'commander';
import { ROLE_LABELS } from '../../services/auth/actor.js';
import { createUser, listUsers, setPasswordOf } from '../../services/auth/users.js';
import { withStore, type GlobalOptions } from '../runtime.js';

/** The password from --password, PARKECO_PASSWORD, or asked on the terminal. */
async function readPassword(given?: string): Promise<string> {
  if (given) return given;
  if (process.env.PARKECO_PASSWORD) return process.env.PARKECO_PASSWORD;
  const rl = createInterface({ input: process.stdin, output: process.stderr });
  try {
    return (await rl.question('密码：')).trim();
  } finally {
    rl.close();
  }
}

export function registerUsers(program: Command) {
  const user = program.command('user').description('用户管理');

  user
    .command('add <username>')
    .description(`新增用户；角色：${Object.entries(ROLE_LABELS).map(([k, v]) => `${k}（${v}）`).join('、')}`)
    .requiredOption('--role <role>', '角色')
    .requiredOption('--name <displayName>', '姓名或单位')
    .option('--park <codes>', '负责的园区代码，逗号分隔（园区环保专员、环保管家）')
    .option('--enterprise <id>', '所属企业编号（企业用户）')
    .option('--region <code>', '所辖行政区划代码（生态环境局）')
    .option('--password <password>', '密码（也可用环境变量 PARKECO_PASSWORD，或在终端输入）')
    .action(async (username: string, o: { role: string; name: string; park?: string; enterprise?: string; region?: string; password?: string }) => {
      const password = await readPassword(o.password);
      const u = await withStore(program.opts<GlobalOptions>(), (ctx) =>
        createUser(ctx, {
          username,
          displayName: o.name,
          role: o.role,
          password,
          parkCodes: o.park ? o.park.split(',').map((s) => s.trim()) : [],
          enterpriseId: o.enterprise ? Number(o.enterprise) : null,
          regionCode: o.region ?? null,
        }),
      );
      console.log(`已新增用户 ${u.username}（${u.roleLabel}）`);
    });

  user
    .command('passwd <username>')
    .description('重设用户密码（并注销其全部会话）')
    .option('--password <password>', '新密码（也可用环境变量 PARKECO_PASSWORD，或在终端输入）')
    .action(async (username: string, o: { password?: string }) => {
      const password = await readPassword(o.password);
      await withStore(program.opts<GlobalOptions>(), (ctx) => setPasswordOf(ctx, username, password));
      console.log(`已重设用户 ${username} 的密码`);
    });

  user
    .command('list')
    .description('列出用户')
    .option('--json', '输出 JSON')
    .action(async (o: { json?: boolean }) => {
      const users = await withStore(program.opts<GlobalOptions>(), (ctx) => listUsers(ctx));
      if (o.json) return console.log(JSON.stringify(users, null, 2));
      for (const u of users) {
        const scope = u.parkCodes.join(',') || u.regionName || (u.enterpriseId ? `企业${u.enterpriseId}` : '');
        console.log(`${u.id}\t${u.username}\t${u.displayName}\t${u.roleLabel}\t${scope}\t${u.active ? '启用' : '停用'}`);
      }
    });
}
