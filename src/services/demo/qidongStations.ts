import { GB18918_ITEMS } from '../../domain/standards/effluent/gb18918Limits.js';

/** The limit of a GB 18918-2002 一级B item as a station limit: a maximum, or pH's range. */
function grade1B(itemId: string): { upper: string | null; lower: string | null } {
  const limit = GB18918_ITEMS.find((i) => i.id === itemId)?.limits['1B'];
  if (!limit || 'notDetected' in limit) throw new Error(`GB 18918 一级B 没有 ${itemId} 的限值`);
  return 'max' in limit ? { upper: String(limit.max), lower: null } : { upper: String(limit.range[1]), lower: String(limit.range[0]) };
}

/** The demo stations' password (PW): the report gives none, and a data-logger simulator needs one. */
const DEMO_STATION_PASSWORD = '123456';

/**
 * The demo park's monitoring stations as the 2024 report describes them: "安装了3台环境空气质量监测站" and the
 * online monitor of 归阳镇污水处理厂, whose tail water meets GB 18918-2002 一级B ("在线监测达标率100%").
 * The MNs are the demo's own (the report gives none), so that `parkeco hj212 send` can talk to them at once.
 * Outlet limits are 一级B's: NH3-N takes the > 12 ℃ value, and TP the value for plants built after 2005
 * (the plant's construction date is not in the report: UNCONFIRMED, change the station's limit if it is older).
 */
export const DEMO_STATIONS = [
  { mn: 'QDGY00000000000000AIR001', name: '园区空气质量监测站 1#', systemCode: '22', uploadIntervalSeconds: 60, limits: [] },
  { mn: 'QDGY00000000000000AIR002', name: '园区空气质量监测站 2#', systemCode: '22', uploadIntervalSeconds: 60, limits: [] },
  { mn: 'QDGY00000000000000AIR003', name: '园区空气质量监测站 3#', systemCode: '22', uploadIntervalSeconds: 60, limits: [] },
  {
    mn: 'QDGY0000000000000WWTP001',
    name: '归阳镇污水处理厂总排口在线监测',
    systemCode: '32',
    location: '归阳镇污水处理厂尾水总排口（排入湘江）',
    uploadIntervalSeconds: 3600,
    limits: [
      { factorCode: 'w01018', ...grade1B('COD') },
      { factorCode: 'w21003', ...grade1B('NH3-N') },
      { factorCode: 'w21011', ...grade1B('TP') },
      { factorCode: 'w01001', ...grade1B('pH') },
    ],
  },
].map((s) => ({ ...s, password: DEMO_STATION_PASSWORD }));
