import { Badge, Space, Tag, Tooltip, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { listEnterprises } from '../../../api/enterprises';
import type { FactorReading, StationLimit, StationView } from '../../../api/monitoring';
import type { Enterprise } from '../../../api/types';
import { dateTime } from '../../../components/formatting';
import { factorName, flagDescription, flagShort, markLabel } from '../labels';

/** The enterprises of the park, for 所属企业 (a station may belong to none). */
export function useParkEnterprises(parkCode: string): { items: Enterprise[]; loading: boolean; byId: Map<number, Enterprise> } {
  const [state, setState] = useState<{ items: Enterprise[]; loading: boolean }>({ items: [], loading: true });
  useEffect(() => {
    const ac = new AbortController();
    setState({ items: [], loading: true });
    listEnterprises(parkCode, { sort: 'seq' }, ac.signal)
      .then((r) => setState({ items: r.items, loading: false }))
      .catch(() => {
        if (!ac.signal.aborted) setState({ items: [], loading: false });
      });
    return () => ac.abort();
  }, [parkCode]);
  return { ...state, byId: new Map(state.items.map((e) => [e.id, e])) };
}

/** 在线 (green) / 离线 (grey) / 停用. */
export function OnlineBadge({ station }: { station: Pick<StationView, 'online' | 'active' | 'lastSeenAt'> }) {
  if (!station.active) return <Badge status="default" text={<Typography.Text type="secondary">停用</Typography.Text>} />;
  if (station.online) return <Badge status="success" text="在线" />;
  return <Badge status="default" text={station.lastSeenAt ? '离线' : '未上报'} />;
}

export function lastSeenText(lastSeenAt: string | null): string {
  return lastSeenAt ? dateTime(lastSeenAt) : '从未上报';
}

/** 数据标记: N 正常 green, any other flag red with its meaning; no flag sent: a dash. */
export function FlagTag({ flag }: { flag: string | undefined }) {
  if (!flag) return <Typography.Text type="secondary">未上报</Typography.Text>;
  const ok = flag.toUpperCase() === 'N';
  return (
    <Tooltip title={`${flag}：${flagDescription(flag)}`}>
      <Tag color={ok ? 'green' : flag.toUpperCase() === 'S' ? 'blue' : 'red'} style={{ marginInlineEnd: 0 }}>
        {flag} {flagShort(flag)}
      </Tag>
    </Tooltip>
  );
}

/** 质量标记: the platform's marks (零值、负值、恒值、超出量程 …) as orange tags. */
export function MarkTags({ reading }: { reading: Pick<FactorReading, 'marks'> }) {
  if (reading.marks.length === 0) return <Typography.Text type="secondary">—</Typography.Text>;
  return (
    <Space size={[4, 4]} wrap>
      {reading.marks.map((m) => (
        <Tag key={m} color="orange" style={{ marginInlineEnd: 0 }}>
          {markLabel(m)}
        </Tag>
      ))}
    </Space>
  );
}

/** `上限 55 μg/m³`, `下限 6 / 上限 9`. */
export function limitText(limit: StationLimit, systemCode: string): string {
  const unit = factorName(limit.factorCode, systemCode).unit;
  const parts = [limit.lower !== null ? `下限 ${limit.lower}` : null, limit.upper !== null ? `上限 ${limit.upper}` : null].filter(Boolean);
  return `${parts.join(' / ')}${unit ? ` ${unit}` : ''}`;
}

/** The limits of a station as small tags: `细颗粒物 PM2.5 上限 55 μg/m³`. */
export function LimitTags({ station }: { station: Pick<StationView, 'limits' | 'systemCode'> }) {
  if (station.limits.length === 0) return <Typography.Text type="secondary">未设置</Typography.Text>;
  return (
    <Space size={[4, 4]} wrap>
      {station.limits.map((l) => (
        <Tag key={l.factorCode} style={{ marginInlineEnd: 0 }}>
          {factorName(l.factorCode, station.systemCode).name} {limitText(l, station.systemCode)}
        </Tag>
      ))}
    </Space>
  );
}
