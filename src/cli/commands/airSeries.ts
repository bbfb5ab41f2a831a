import type { Command } from 'commander';
import { ServiceError } from '../../services/errors.js';
import { importAirSeries } from '../../services/monitoring/airSeriesImport.js';
import { readInputFile, withStore, type GlobalOptions } from '../runtime.js';

const ORIGIN_TEXT = { daily: '日均值（按发布值）', hourly: '小时值（折算为日均值）' } as const;

/** `parkeco import air-series FILE --park CODE --point NAME [--year Y] [--simulated]`: a city station's series, all or nothing. */
export function registerImportAirSeries(program: Command, imp: Command) {
  const cmd = imp
    .command('air-series')
    .description('导入园区不运行的空气站点（如城市站）的日均值或小时值（.csv）到空气点位；任一错误则全部不写入')
    .argument('<file>', '.csv（UTF-8）：station,date,so2,no2,co,o3_8h,pm10,pm25[,o3_1h][,aqi] 日均值，或 station,time,so2,no2,co,o3,pm10,pm25 小时值；一个文件一个站点')
    .requiredOption('--park <code>', '园区代码，如 S437012')
    .requiredOption('--point <name>', '园区的空气点位名称（未关联 HJ 212 站点），如 祁东县城市站')
    .option('--year <year>', '给出时所有日期须在该年内')
    .option('--simulated', '标记为模拟数据');
  cmd.action(async (file: string, opts: { park: string; point: string; year?: string; simulated?: boolean }) => {
    if (opts.year !== undefined && !/^\d{4}$/.test(opts.year)) {
      return cmd.error(`错误：--year 的值"${opts.year}"无效，应为4位年份`, { exitCode: 1, code: 'parkeco.import.air-series.year' });
    }
    const bytes = readInputFile(file, '空气质量数据文件');
    let r;
    try {
      r = await withStore(program.opts<GlobalOptions>(), (ctx) =>
        importAirSeries(ctx, opts.park, {
          pointName: opts.point,
          fileName: file,
          bytes,
          ...(opts.year === undefined ? {} : { year: Number(opts.year) }),
          simulated: opts.simulated === true,
        }),
      );
    } catch (e) {
      if (e instanceof ServiceError && (e.code === 'IMPORT_INVALID' || e.code === 'VALIDATION')) {
        return cmd.error([`错误：${e.message}`, ...e.issues.map((i) => `  - ${i.message}`)].join('\n'), { exitCode: 1, code: 'parkeco.import.air-series.invalid' });
      }
      throw e;
    }
    const lines = [
      `导入成功：${r.file} → ${r.point}（文件中的站点"${r.station}"），${ORIGIN_TEXT[r.origin]}，${r.days}天（${r.firstDate}～${r.lastDate}）${r.replaced ? `，其中${r.replaced}天替换了原有数据` : ''}`,
      ...(r.dataLabel ? [`已标记为${r.dataLabel}`] : []),
    ];
    cmd.configureOutput().writeOut?.(`${lines.join('\n')}\n`);
  });
}
