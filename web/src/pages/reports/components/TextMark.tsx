import { Tag, Typography } from 'antd';
import type { ReportTextBlockView } from '../../../../../src/services/reports/reportModelSchema';
import { dateTime } from '../../../components/formatting';

/** Whose words a paragraph prints: 已编辑 with who and when, or 沿用YYYY年文字 for last year's narrative. */
export function TextMark({ block }: { block: Pick<ReportTextBlockView, 'text' | 'carriedFromYear' | 'updatedBy' | 'updatedAt'> }) {
  if (block.text === null) return null;
  const who = [block.updatedBy, block.updatedAt ? dateTime(block.updatedAt) : null].filter(Boolean).join(' · ');
  return (
    <span className="rp-mark">
      {block.carriedFromYear !== null ? <Tag color="blue">沿用{block.carriedFromYear}年文字</Tag> : <Tag color="gold">已编辑</Tag>}
      {who ? <Typography.Text type="secondary">{who}</Typography.Text> : null}
    </span>
  );
}
