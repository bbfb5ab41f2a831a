import { Empty, Space, Table, Tabs, Tag, Tooltip, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { lookupFactor } from '../../../../../../src/hj212/factors';
import type { FactorReading, LatestReading, StationView } from '../../../../api/monitoring';
import { EMPTY, dateTime } from '../../../../components/formatting';
import { FlagTag, MarkTags, limitText } from '../../components/common';
import { DATA_CNS, DATA_KIND_LABELS, compareFactors, factorName, readingValue } from '../../labels';

interface Row {
  code: string;
  reading: FactorReading;
}

/** Whether a valid value lies beyond the station's limit for the factor. */
function exceeds(value: string | undefined, valid: boolean, limit: StationView['limits'][number] | undefined): boolean {
  if (!valid || value === undefined || !limit) return false;
  const v = Number(value);
  return (limit.upper !== null && v > Number(limit.upper)) || (limit.lower !== null && v < Number(limit.lower));
}

function ReadingTable({ latest, station }: { latest: LatestReading; station: StationView }) {
  const rows: Row[] = Object.entries(latest.factors)
    .map(([code, reading]) => ({ code, reading }))
    .sort((a, b) => compareFactors(a.code, b.code));
  const has = (k: 'min' | 'max' | 'cou') => rows.some((r) => r.reading[k] !== undefined);
  const limitOf = (code: string) => station.limits.find((l) => l.factorCode === code || factorName(l.factorCode).code === factorName(code).code);

  const columns: ColumnsType<Row> = [
    {
      title: '因子',
      key: 'factor',
      width: 200,
      render: (_: unknown, r) => (
        <span>
          {factorName(r.code, station.systemCode).name}
          <Typography.Text type="secondary" style={{ marginLeft: 6, fontFamily: 'monospace', fontSize: 12 }}>
            {r.code}
          </Typography.Text>
        </span>
      ),
    },
    {
      title: latest.cn === '2011' ? '数值（实时值）' : '数值（均值）',
      key: 'value',
      width: 140,
      align: 'right',
      render: (_: unknown, r) => {
        const v = readingValue(latest.cn, r.reading);
        if (v === undefined) return <Typography.Text type="secondary">{EMPTY}</Typography.Text>;
        const limit = limitOf(r.code);
        if (exceeds(v, r.reading.valid, limit)) {
          return (
            <Tooltip title={`超过报警限值（${limitText(limit!, station.systemCode)}）`}>
              <Typography.Text strong type="danger">
                {v}
              </Typography.Text>
              <Tag color="red" style={{ marginInlineStart: 6, marginInlineEnd: 0 }}>
                超标
              </Tag>
            </Tooltip>
          );
        }
        return <Typography.Text strong={r.reading.valid} type={r.reading.valid ? undefined : 'secondary'}>{v}</Typography.Text>;
      },
    },
    ...(has('min')
      ? [{ title: '最小值', key: 'min', width: 100, align: 'right' as const, render: (_: unknown, r: Row) => r.reading.min ?? EMPTY }]
      : []),
    ...(has('max')
      ? [{ title: '最大值', key: 'max', width: 100, align: 'right' as const, render: (_: unknown, r: Row) => r.reading.max ?? EMPTY }]
      : []),
    { title: '单位', key: 'unit', width: 90, render: (_: unknown, r) => factorName(r.code, station.systemCode).unit || EMPTY },
    ...(has('cou')
      ? [
          {
            title: '排放量',
            key: 'cou',
            width: 120,
            align: 'right' as const,
            render: (_: unknown, r: Row) => {
              const unit = lookupFactor(r.code)?.couUnit ?? '';
              return r.reading.cou !== undefined ? `${r.reading.cou}${unit ? ` ${unit}` : ''}` : EMPTY;
            },
          },
        ]
      : []),
    { title: '数据标记', key: 'flag', width: 130, render: (_: unknown, r) => <FlagTag flag={r.reading.flag} /> },
    { title: '质量标记', key: 'marks', width: 170, render: (_: unknown, r) => <MarkTags reading={r.reading} /> },
    {
      title: '有效',
      key: 'valid',
      width: 70,
      align: 'center',
      render: (_: unknown, r) => (r.reading.valid ? <Typography.Text type="success">是</Typography.Text> : <Tag color="red">否</Tag>),
    },
    {
      title: '报警限值',
      key: 'limit',
      render: (_: unknown, r) => {
        const limit = limitOf(r.code);
        return limit ? limitText(limit, station.systemCode) : <Typography.Text type="secondary">未设置</Typography.Text>;
      },
    },
  ];

  return (
    <>
      <Space size={24} wrap style={{ marginBottom: 12 }}>
        <span>
          <Typography.Text type="secondary">数据时间：</Typography.Text>
          <Typography.Text strong>{dateTime(latest.dataTime)}</Typography.Text>
        </span>
        <span>
          <Typography.Text type="secondary">接收时间：</Typography.Text>
          {dateTime(latest.receivedAt)}
        </span>
        <span>
          <Typography.Text type="secondary">因子数：</Typography.Text>
          {rows.length}
        </span>
      </Space>
      <Table<Row>
        rowKey="code"
        size="small"
        bordered
        pagination={false}
        columns={columns}
        dataSource={rows}
        scroll={{ x: 1000 }}
        rowClassName={(r) => (r.reading.valid ? '' : 'reading-row-invalid')}
        locale={{ emptyText: '该条数据没有因子' }}
      />
    </>
  );
}

/** 最新数据: one tab per data kind the station has sent (实时, 分钟, 小时, 日), each its latest reading. */
export function LatestReadings({
  latest,
  station,
  activeCn,
  onCnChange,
}: {
  latest: LatestReading[];
  station: StationView;
  activeCn: string | undefined;
  onCnChange: (cn: string) => void;
}) {
  const byCn = new Map(latest.map((l) => [l.cn, l]));
  const kinds = DATA_CNS.filter((cn) => byCn.has(cn));
  if (kinds.length === 0) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="尚未收到该站点的监测数据" />;
  const active = activeCn && byCn.has(activeCn as LatestReading['cn']) ? activeCn : kinds[0];
  return (
    <Tabs
      activeKey={active}
      onChange={onCnChange}
      items={kinds.map((cn) => ({
        key: cn,
        label: `${DATA_KIND_LABELS[cn]}（${cn}）`,
        children: <ReadingTable latest={byCn.get(cn)!} station={station} />,
      }))}
    />
  );
}
