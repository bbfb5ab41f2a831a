import { Alert, Card, Empty, List, Space, Tag, Typography } from 'antd';
import { RULE_EFFECT_LABELS, SCREENING_OUTCOME_LABELS } from '../../../../../src/domain/registers/admission/admissionLabels';
import type { RuleHit, ScreeningResult } from '../../../api/admission';

/** Colours of the verdict and of a rule's effect: prohibited in red, restricted in orange. */
export const OUTCOME_COLORS: Record<ScreeningResult['outcome'], string> = { pass: 'green', conditional: 'orange', fail: 'red' };
export const EFFECT_COLORS: Record<RuleHit['effect'], string> = { prohibited: 'red', restricted: 'orange' };

const OUTCOME_ALERT: Record<ScreeningResult['outcome'], 'success' | 'warning' | 'error'> = { pass: 'success', conditional: 'warning', fail: 'error' };

export function OutcomeTag({ outcome }: { outcome: ScreeningResult['outcome'] }) {
  return <Tag color={OUTCOME_COLORS[outcome]}>{SCREENING_OUTCOME_LABELS[outcome]}</Tag>;
}

export function EffectTag({ effect }: { effect: RuleHit['effect'] }) {
  return <Tag color={EFFECT_COLORS[effect]}>{RULE_EFFECT_LABELS[effect]}</Tag>;
}

/** C2110 家具制造业; C3982（属 C39 计算机、通信和其他电子设备制造业） when the reference lists only an ancestor. */
function industryText(r: ScreeningResult): string {
  if (r.industryName === null) return r.industryCode;
  return r.industryNameCode === r.industryCode ? `${r.industryCode} ${r.industryName}` : `${r.industryCode}（属 ${r.industryNameCode} ${r.industryName}）`;
}

/** What the outcome means for the project, in one line. */
function verdictText(r: ScreeningResult): string {
  if (r.outcome === 'pass') return '未触及园区任何准入条件';
  const prohibited = r.decidedBy.filter((h) => h.effect === 'prohibited' && h.match === 'certain').length;
  if (r.outcome === 'fail') return `触及${prohibited}条禁止性准入条件，不予入园`;
  return '触及限制性准入条件（或行业代码须细化后判断），须按下列条件落实后入园';
}

/** The rules that decided a screening: each with its effect, wording and source. */
export function RuleHits({ hits }: { hits: readonly RuleHit[] }) {
  return (
    <List
      size="small"
      dataSource={[...hits]}
      locale={{ emptyText: '无适用的准入条件' }}
      renderItem={(h) => (
        <List.Item data-testid={`rule-hit-${h.id}`}>
          <Space direction="vertical" size={2} style={{ width: '100%' }}>
            <Space size={4} wrap>
              <EffectTag effect={h.effect} />
              {h.match === 'possible' ? <Tag color="gold">可能适用：行业代码须细化</Tag> : null}
              <Typography.Text type={h.effect === 'prohibited' ? 'danger' : 'warning'}>{h.wording}</Typography.Text>
            </Space>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              来源：{h.source}（规则 {h.id}）
            </Typography.Text>
          </Space>
        </List.Item>
      )}
    />
  );
}

/** 审核结论: the verdict, the industry as read, and every rule that decided it. */
export function ScreeningOutcome({ result }: { result: ScreeningResult | null }) {
  return (
    <Card title="审核结论" styles={{ body: { padding: 16 } }} data-testid="screening-outcome">
      {result === null ? (
        <Empty description="填写拟引进项目信息后点击“审核”" />
      ) : (
        <Space direction="vertical" size={12} style={{ width: '100%' }}>
          <Alert
            type={OUTCOME_ALERT[result.outcome]}
            showIcon
            message={
              <Space size={8}>
                <Typography.Text strong style={{ fontSize: 16, whiteSpace: 'nowrap' }}>
                  {SCREENING_OUTCOME_LABELS[result.outcome]}
                </Typography.Text>
                <span>{verdictText(result)}</span>
              </Space>
            }
            description={`行业：${industryText(result)}${
              result.saved ? `；已保存为${result.saved.year}年审核记录（${result.saved.projectName}）` : ''
            }`}
          />
          <RuleHits hits={result.decidedBy} />
        </Space>
      )}
    </Card>
  );
}
