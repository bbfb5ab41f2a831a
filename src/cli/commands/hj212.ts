import { createInterface } from 'node:readline';
import type { Command } from 'commander';
import { crcHex, crcVerdict, hj212Crc } from '../../hj212/crc.js';
import { decodeFrame } from '../../hj212/frame.js';
import { createHj212Receiver, DEFAULT_HJ212_HOST } from '../../server/hj212/receiver.js';
import { openStore, storeOptionsFromEnv } from '../../store/client.js';
import { runDataLoggerSimulator } from '../hj212/dataLoggerSimulator.js';
import type { GlobalOptions } from '../runtime.js';

export const DEFAULT_HJ212_PORT = 9212;

export function registerHj212(program: Command) {
  const hj = program.command('hj212').description('HJ 212 污染物在线监控（监测）系统数据传输');

  hj.command('parse')
    .description('从标准输入逐行读取报文，每帧输出一行 JSON：包头、CP 数据及标记、CRC 结论与变体、违规项')
    .option('--strict', '严格模式：有任何错误即不输出报文内容')
    .action(async (o: { strict?: boolean }) => {
      const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
      for await (const line of lines) {
        if (!line.trim()) continue;
        const { frame, violations } = decodeFrame(line.trim(), { mode: o.strict ? 'strict' : 'lenient' });
        console.log(JSON.stringify({ frame, violations }));
      }
    });

  hj.command('crc <text>')
    .description('计算数据段的 CRC（HJ 212 附录A算法）；给出整帧时同时核对帧尾 CRC')
    .action((text: string) => {
      const m = /^##\d{3,4}(.*)([0-9A-Fa-f]{4})\s*$/.exec(text);
      if (!m) return console.log(crcHex(hj212Crc(text)));
      const v = crcVerdict(m[1], m[2]);
      console.log(JSON.stringify({ segmentCrc: crcHex(hj212Crc(m[1])), sent: m[2], ...v }));
      process.exitCode = v.ok ? 0 : 1;
    });

  hj.command('send')
    .description('数采仪模拟器：按速率发送数据帧（要求应答），等待 9014 应答，超时重发')
    .requiredOption('--host <host>', '接收端地址')
    .requiredOption('--port <port>', '接收端端口')
    .requiredOption('--mn <mn>', '设备 MN')
    .requiredOption('--pw <pw>', '访问密码')
    .option('--rate <n>', '每秒帧数（全部连接合计）', '1')
    .option('--duration <s>', '持续秒数', '10')
    .option('--frames <n>', '每个连接最多发送的帧数（与持续秒数先到者为准）')
    .option('--connections <n>', '并发连接数', '1')
    .option('--cn <cn>', '数据命令：2011 实时、2051 分钟、2061 小时、2031 日', '2011')
    .action(async (o: { host: string; port: string; mn: string; pw: string; rate: string; duration: string; frames?: string; connections: string; cn: string }) => {
      const r = await runDataLoggerSimulator({
        host: o.host,
        port: Number(o.port),
        mns: [o.mn],
        pw: o.pw,
        rate: Number(o.rate),
        durationS: Number(o.duration),
        frames: o.frames === undefined ? undefined : Number(o.frames),
        connections: Number(o.connections),
        cn: o.cn,
      });
      console.log(JSON.stringify(r));
      process.exitCode = r.failed > 0 || Object.keys(r.refused).length > 0 ? 1 : 0;
    });

  program
    .command('ingest')
    .description('只运行 HJ 212 接收端（不提供网页）')
    .option('--port <port>', '监听端口', process.env.HJ212_PORT ?? String(DEFAULT_HJ212_PORT))
    .option('--host <host>', '监听地址（0.0.0.0 为全部地址）', process.env.HJ212_HOST || DEFAULT_HJ212_HOST)
    .option('--strict', '严格模式：拒收有协议错误的报文')
    .action(async (o: { port: string; host: string; strict?: boolean }) => {
      const store = await openStore(storeOptionsFromEnv(process.env, program.opts<GlobalOptions>().dataDir));
      await store.migrate();
      const receiver = createHj212Receiver({
        db: store.db,
        port: Number(o.port),
        host: o.host,
        mode: o.strict ? 'strict' : 'lenient',
        queue: { concurrency: store.kind === 'postgres' ? 4 : 1 },
      });
      const port = await receiver.listen();
      console.log(`HJ 212 接收端已启动：${o.host} 端口 ${port}`);
      const stop = async () => {
        await receiver.close();
        await store.close();
        process.exit(0);
      };
      process.on('SIGINT', stop);
      process.on('SIGTERM', stop);
    });
}
