import { Card, Col, Row, Space, Statistic, Tag, Tooltip, Typography } from 'antd';
import type { ReceiverStats } from '../../../../api/monitoring';
import { violation, type ViolationCode } from '../../../../../../src/hj212/violation';

/** Problems the receiver itself counts (the others are the codec's violation codes). */
const RECEIVER_ERRORS: Record<string, string> = {
  auth_failed: 'MN 或访问密码错误',
  auth_locked: '尝试过多，已锁定',
  auth_closed: '登录失败过多，已断开',
  inactive_station: '站点已停用',
  store_failed: '入库失败',
  idle_timeout: '连接空闲超时',
  socket_error: '连接异常',
  no_data_time: '缺少数据时间',
};

/** The Chinese title of an error kind: the receiver's own, or the codec's violation catalog. */
export function receiverErrorLabel(kind: string): string {
  if (RECEIVER_ERRORS[kind]) return RECEIVER_ERRORS[kind];
  try {
    return violation(kind as ViolationCode, '').message.split('：')[0];
  } catch {
    return kind;
  }
}

/** 接收端: a running HJ 212 receiver's counters (GET /api/receiver/stats); named by host:port when there are several. */
export function ReceiverCard({ stats: s, named }: { stats: ReceiverStats; named: boolean }) {
  const errors = Object.entries(s.errors).sort((a, b) => b[1] - a[1]);
  return (
    <Card
      size="small"
      title={named ? `接收端（HJ 212） ${s.host ? `${s.host}:` : '端口 '}${s.port}` : '接收端（HJ 212）'}
      style={{ flex: 1 }}
      styles={{ body: { padding: '12px 16px' } }}
    >
      <Row gutter={[12, 12]}>
        <Col span={8}>
          <Statistic title="帧/秒" value={s.framesPerSecond} precision={1} valueStyle={{ fontSize: 20 }} />
        </Col>
        <Col span={8}>
          <Statistic title="已存储" value={s.framesStored} suffix="帧" valueStyle={{ fontSize: 20 }} />
        </Col>
        <Col span={8}>
          <Statistic title="当前连接" value={s.connections} valueStyle={{ fontSize: 20 }} />
        </Col>
      </Row>
      <div style={{ marginTop: 10 }}>
        <Typography.Text type="secondary">错误分类：</Typography.Text>
        {errors.length === 0 ? (
          <Typography.Text type="success">无</Typography.Text>
        ) : (
          <Space size={[4, 4]} wrap>
            {errors.map(([kind, n]) => (
              <Tooltip key={kind} title={kind}>
                <Tag color="red" style={{ marginInlineEnd: 0 }}>
                  {receiverErrorLabel(kind)} {n}
                </Tag>
              </Tooltip>
            ))}
          </Space>
        )}
      </div>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        共接收 {s.framesReceived} 帧，已应答 {s.acksSent} 帧，拒绝连接 {s.connectionsRefused} 次
      </Typography.Text>
    </Card>
  );
}
