import type { Hj212Frame } from '../../hj212/frame.js';
import type { IncomingReading } from '../../services/monitoring/ingestReadings.js';

/** The data commands the platform stores: real-time, minute, hour and day data. */
export const STORED_CNS: ReadonlySet<string> = new Set(['2011', '2051', '2061', '2031']);

const FIELDS = { Rtd: 'rtd', Avg: 'avg', Min: 'min', Max: 'max', Cou: 'cou', Flag: 'flag' } as const;
const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

/**
 * A data frame's readings for the store, or the reason it cannot be stored. Values stay decimal strings as sent;
 * a value that is not a number (the '***' some loggers send for "no value") is left out.
 */
export function frameToReading(
  frame: Hj212Frame,
  station: { id: number; parkId: number },
  receivedAt: Date,
): { reading: IncomingReading } | { problem: string } {
  const dataTime = frame.cp.dataTime;
  if (!dataTime) return { problem: 'no_data_time' };
  const factors: IncomingReading['factors'] = {};
  for (const f of frame.cp.factors) {
    const out: IncomingReading['factors'][string] = {};
    for (const [wire, key] of Object.entries(FIELDS)) {
      const v = f.fields[wire];
      if (v === null || v === undefined) continue;
      if (key === 'flag') out.flag = v;
      else if (NUMBER.test(v)) out[key] = v;
    }
    factors[f.code] = out;
  }
  return {
    reading: { parkId: station.parkId, stationId: station.id, cn: frame.cn!, dataTime: new Date(dataTime.epochMs), receivedAt, factors },
  };
}
