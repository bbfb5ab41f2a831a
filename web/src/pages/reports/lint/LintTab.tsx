import { ReloadOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Collapse, Flex, Result, Skeleton, Typography } from 'antd';
import type { LintFindingView as Finding, LintReport } from '../../../../../src/services/reports/lintReportSchema';
import type { ReportTextBlockView } from '../../../../../src/services/reports/reportModelSchema';
import type { Remote } from '../../../components/useRemote';
import { LintCounts } from '../components/LintCounts';
import { FindingItem } from './FindingItem';
import './lint.css';


/**
 * Findings by section. The server lists them in report order (section, paragraph or table, row; errors before
 * warnings), findings on the ledger as a whole last; the groups keep that order.
 */
function bySection(findings: readonly Finding[]): { key: string; heading: string; findings: Finding[] }[] {
  const groups = new Map<string, { key: string; heading: string; findings: Finding[] }>();
  for (const f of findings) {
    const group = groups.get(f.where.sectionKey) ?? { key: f.where.sectionKey, heading: f.where.section || '报告全文', findings: [] };
    group.findings.push(f);
    groups.set(f.where.sectionKey, group);
  }
  return [...groups.values()];
}

interface Props {
  lint: Remote<LintReport>;
  texts: readonly ReportTextBlockView[];
  onEditText?: (key: string) => void;
}

/** 报告检查: what in the year's report disagrees with its data or with itself, by section, with what to fix. */
export default function LintTab({ lint, texts, onEditText }: Props) {
  const report = lint.data;
  return (
    <Flex vertical gap={16} style={{ maxWidth: 1000 }}>
      <Card size="small">
        <Flex justify="space-between" align="center" wrap gap={12}>
          <Flex align="center" gap={8} wrap>
            <Typography.Text strong>检查结果</Typography.Text>
            <LintCounts lint={lint} />
            {report ? <Typography.Text type="secondary">共运行 {report.rules.length} 条检查规则</Typography.Text> : null}
          </Flex>
          <Button icon={<ReloadOutlined />} loading={lint.loading} onClick={lint.reload}>
            重新检查
          </Button>
        </Flex>
      </Card>
      {lint.error ? <Alert type="error" showIcon message="报告检查失败" description={lint.error} /> : null}
      {!report ? (
        lint.error ? null : <Skeleton active paragraph={{ rows: 6 }} />
      ) : report.findings.length === 0 ? (
        <Result status="success" title="未发现问题" subTitle={`${report.rules.length} 条检查规则均未发现报告与台账或报告前后不一致之处。`} />
      ) : (
        bySection(report.findings).map((group) => (
          <Card key={group.key} size="small" title={group.heading} data-section={group.key}>
            {group.findings.map((f, i) => (
              <FindingItem key={i} finding={f} texts={texts} onEditText={onEditText} />
            ))}
          </Card>
        ))
      )}
      {report && report.rules.length > 0 ? (
        <Collapse
          size="small"
          items={[
            {
              key: 'rules',
              label: `检查规则（${report.rules.length} 条）`,
              children: (
                <ul className="lint-rules">
                  {report.rules.map((r) => (
                    <li key={r.id}>
                      {r.description} <Typography.Text type="secondary">（{r.id}）</Typography.Text>
                    </li>
                  ))}
                </ul>
              ),
            },
          ]}
        />
      ) : null}
    </Flex>
  );
}
