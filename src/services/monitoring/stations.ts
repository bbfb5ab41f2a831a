import {
  getLimitsOfStations,
  getStationById,
  getStationByMn,
  insertStation,
  latestReadings,
  listAlarmRows,
  listStationRows,
  readingSeries,
  replaceStationLimits,
  updateStation,
  type StationRow,
} from '../../store/queries/monitoring.js';
import { getEnterpriseParkId } from '../../store/queries/users.js';
import { recordChange } from '../audit/recordChange.js';
import { withTransaction, type ServiceContext } from '../context.js';
import { notFound, ServiceError } from '../errors.js';
import { resolvePark } from '../parks/resolvePark.js';
import { issuesFromZod } from '../zodIssues.js';
import { StationInput, type AlarmView, type DataCn, type LatestReading, type SeriesPoint, type StationView } from './schemas.js';
import { hashStationPassword } from './stationPasswords.js';

// Also the station verbs' input schema for their callers (the demo stations' test checks them against it).
export { StationInput };

async function present(ctx: ServiceContext, rows: StationRow[], now: Date): Promise<StationView[]> {
  const limits = await getLimitsOfStations(ctx.db, rows.map((r) => r.id));
  return rows.map((s) => ({
    id: s.id,
    mn: s.mn,
    name: s.name,
    systemCode: s.systemCode,
    enterpriseId: s.enterpriseId,
    location: s.location,
    longitude: s.longitude,
    latitude: s.latitude,
    uploadIntervalSeconds: s.uploadIntervalSeconds,
    active: s.active,
    lastSeenAt: s.lastSeenAt?.toISOString() ?? null,
    online: s.lastSeenAt !== null && now.getTime() - s.lastSeenAt.getTime() <= 3 * s.uploadIntervalSeconds * 1000,
    dataLabel: s.dataLabel,
    limits: limits.filter((l) => l.stationId === s.id).map(({ factorCode, upper, lower }) => ({ factorCode, upper, lower })),
  }));
}

export async function listStations(ctx: ServiceContext, parkCode: string, now = new Date()): Promise<StationView[]> {
  const park = await resolvePark(ctx, parkCode, 'read');
  return present(ctx, await listStationRows(ctx.db, park.id), now);
}

async function stationOf(ctx: ServiceContext, parkCode: string, id: number, need: 'read' | 'write') {
  const park = await resolvePark(ctx, parkCode, need);
  const station = await getStationById(ctx.db, park.id, id);
  if (!station) throw notFound(`监测站点（编号${id}）`);
  return { park, station };
}

function parseStation(body: unknown) {
  const parsed = StationInput.safeParse(body);
  if (!parsed.success) throw new ServiceError('VALIDATION', '站点信息有误，请按提示修改', issuesFromZod(parsed.error, body));
  return parsed.data;
}

/** A station may only belong to an enterprise on the ledger of its own park. */
async function checkEnterpriseInPark(tx: ServiceContext, parkId: number, enterpriseId: number | null) {
  if (enterpriseId === null) return;
  if ((await getEnterpriseParkId(tx.db, enterpriseId)) !== parkId) {
    throw new ServiceError('VALIDATION', '站点信息有误，请按提示修改', [
      { severity: 'error', field: 'enterpriseId', message: `企业 ${enterpriseId} 不在本园区的企业档案中`, value: enterpriseId },
    ]);
  }
}

/** Registers a data logger by MN with its password, in a park. */
export async function createStation(ctx: ServiceContext, parkCode: string, body: unknown): Promise<StationView> {
  const input = parseStation(body);
  if (!input.password) {
    throw new ServiceError('VALIDATION', '站点信息有误，请按提示修改', [{ severity: 'error', field: 'password', message: '访问密码（PW）不能为空' }]);
  }
  const passwordHash = await hashStationPassword(input.password); // slow on purpose: before the transaction
  return withTransaction(ctx, async (tx) => {
    const park = await resolvePark(tx, parkCode, 'write');
    await checkEnterpriseInPark(tx, park.id, input.enterpriseId);
    if (await getStationByMn(tx.db, input.mn)) throw new ServiceError('CONFLICT', `MN ${input.mn} 已登记`);
    const { limits, password: _pw, ...fields } = input;
    const id = await insertStation(tx.db, { ...fields, parkId: park.id, passwordHash });
    await replaceStationLimits(tx.db, id, limits);
    await recordChange(tx, { parkId: park.id, entity: 'station', entityId: id, action: 'create', before: null, after: { ...fields, limits } });
    return (await present(tx, [(await getStationById(tx.db, park.id, id))!], new Date()))[0];
  });
}

/** Changes a station; the password only when a new one is given. */
export async function updateStationInfo(ctx: ServiceContext, parkCode: string, id: number, body: unknown): Promise<StationView> {
  const input = parseStation(body);
  const passwordHash = input.password ? await hashStationPassword(input.password) : null;
  return withTransaction(ctx, async (tx) => {
    const { park, station } = await stationOf(tx, parkCode, id, 'write');
    await checkEnterpriseInPark(tx, park.id, input.enterpriseId);
    const other = await getStationByMn(tx.db, input.mn);
    if (other && other.id !== id) throw new ServiceError('CONFLICT', `MN ${input.mn} 已登记`);
    const { limits, password: _pw, ...fields } = input;
    await updateStation(tx.db, park.id, id, { ...fields, ...(passwordHash ? { passwordHash } : {}) });
    await replaceStationLimits(tx.db, id, limits);
    const { passwordHash: _p, ...before } = station;
    await recordChange(tx, { parkId: park.id, entity: 'station', entityId: id, action: 'update', before, after: { ...fields, limits } });
    return (await present(tx, [(await getStationById(tx.db, park.id, id))!], new Date()))[0];
  });
}

export async function getStation(ctx: ServiceContext, parkCode: string, id: number, now = new Date()): Promise<StationView> {
  const { station } = await stationOf(ctx, parkCode, id, 'read');
  return (await present(ctx, [station], now))[0];
}

/** The receiver stores readings of these kinds only (STORED_CNS), so a stored CN is one of them. */
const storedCn = (cn: string) => cn as DataCn;

/** The latest reading of each data kind, with flags and quality marks. */
export async function getStationLatest(ctx: ServiceContext, parkCode: string, id: number): Promise<LatestReading[]> {
  await stationOf(ctx, parkCode, id, 'read');
  const rows = await latestReadings(ctx.db, id);
  return rows.map((r) => ({ cn: storedCn(r.cn), dataTime: r.dataTime.toISOString(), receivedAt: r.receivedAt.toISOString(), factors: r.factors }));
}

/** A station's readings of one kind over a time window, for charts: the newest 5,000 at most, oldest first. */
export async function getStationSeries(ctx: ServiceContext, parkCode: string, id: number, q: { cn: DataCn; from: Date; to: Date }): Promise<SeriesPoint[]> {
  await stationOf(ctx, parkCode, id, 'read');
  const rows = await readingSeries(ctx.db, id, q.cn, q.from, q.to, 5000);
  return rows.map((r) => ({ dataTime: r.dataTime.toISOString(), factors: r.factors }));
}

export async function listAlarms(ctx: ServiceContext, parkCode: string): Promise<AlarmView[]> {
  const park = await resolvePark(ctx, parkCode, 'read');
  const rows = await listAlarmRows(ctx.db, park.id, 500);
  return rows.map((a) => ({
    id: a.id,
    stationId: a.stationId,
    factorCode: a.factorCode,
    cn: storedCn(a.cn),
    limitValue: a.limitValue,
    startedAt: a.startedAt.toISOString(),
    endedAt: a.endedAt?.toISOString() ?? null,
    peakValue: a.peakValue,
    peakAt: a.peakAt.toISOString(),
  }));
}
