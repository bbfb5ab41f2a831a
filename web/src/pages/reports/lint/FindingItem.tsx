import { Button, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import type { LintFindingView as Finding } from '../../../../../src/services/reports/lintReportSchema';
import type { ReportTextBlockView } from '../../../../../src/services/reports/reportModelSchema';
import { RecordLink } from '../components/RecordLink';


/** How long a paragraph's opening is when a finding names the paragraph. */
const SNIPPET = 24;
/** Links shown before 展开: a count names every enterprise it counted. */
const LINKS_SHOWN = 8;

/** Where in its section a finding is: the table and row, or the paragraph by its opening words. */
function placeIn(f: Finding, texts: readonly ReportTextBlockView[]): string | null {
  const { table, row, blockKey } = f.where;
  if (table) return row ? `${table} 第 ${row} 行` : table;
  const paragraph = texts.find((t) => t.key === blockKey);
  const words = paragraph?.text ?? paragraph?.generated;
  if (!words) return null;
  return `段落“${words.length > SNIPPET ? `${words.slice(0, SNIPPET)}…` : words}”`;
}

/** One finding: how bad, what disagrees with what, where, and the records to open to fix it. */
export function FindingItem({
  finding,
  texts,
  onEditText,
}: {
  finding: Finding;
  texts: readonly ReportTextBlockView[];
  onEditText?: (key: string) => void;
}) {
  const place = placeIn(finding, texts);
  const [allLinks, setAllLinks] = useState(false);
  const links = allLinks ? finding.links : finding.links.slice(0, LINKS_SHOWN);
  const hidden = finding.links.length - links.length;
  return (
    <div className="lint-finding" data-rule={finding.rule}>
      <Space align="start" size={8}>
        {finding.severity === 'error' ? <Tag color="error">错误</Tag> : <Tag color="warning">需核实</Tag>}
        <div>
          <Typography.Text>{finding.message}</Typography.Text>
          <div className="lint-finding-meta">
            {place ? <span>位置：{place}</span> : null}
            <Typography.Text type="secondary">规则 {finding.rule}</Typography.Text>
          </div>
          {finding.links.length > 0 ? (
            <div className="lint-finding-links">
              <span>修改：</span>
              {links.map((r) => (
                <RecordLink key={`${r.entity}:${r.id}`} record={r} onOpenText={onEditText} />
              ))}
              {hidden > 0 ? (
                <Button type="link" size="small" style={{ padding: 0, height: 'auto' }} onClick={() => setAllLinks(true)}>
                  及其余 {hidden} 项…
                </Button>
              ) : null}
            </div>
          ) : null}
        </div>
      </Space>
    </div>
  );
}
