import { EditOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import type { ReactNode } from 'react';
import { inlineText, printedText } from '../../../../../src/domain/report/figures';
import type { ReportPreviewBlock, ReportTextBlockView } from '../../../../../src/services/reports/reportModelSchema';
import { TextMark } from '../components/TextMark';
import { runLines, textLines, type Run } from './lines';
import { WithProvenance } from './WithProvenance';

type Mark = Pick<ReportTextBlockView, 'text' | 'carriedFromYear' | 'updatedBy' | 'updatedAt'>;

function RunView({ run }: { run: Run }) {
  if (typeof run === 'string') return run;
  return <WithProvenance run={run}>{inlineText(run)}</WithProvenance>;
}

/**
 * One block of written text: its mark (已编辑 or 沿用), its lines as the .docx prints them, and an 编辑 button in
 * the margin for those who may write.
 */
export function TextBlock({
  blockKey,
  mark,
  onEdit,
  children,
}: {
  blockKey: string;
  mark: Mark | null;
  onEdit?: () => void;
  children: ReactNode;
}) {
  const state = mark?.text == null ? '' : mark.carriedFromYear !== null ? ' is-carried' : ' is-edited';
  return (
    <div className={`rp-block${state}`} data-block={blockKey}>
      {mark?.text != null ? (
        <div className="rp-ui rp-block-note">
          <TextMark block={mark} />
        </div>
      ) : null}
      {children}
      {onEdit ? (
        <div className="rp-ui rp-block-actions">
          <Button size="small" icon={<EditOutlined />} onClick={onEdit}>
            编辑
          </Button>
        </div>
      ) : null}
    </div>
  );
}

/**
 * A paragraph of the report: the generated runs, each figure and datum with its provenance on hover, or the text
 * a user wrote in its place (a narrative chapter is written text only).
 */
export function ParagraphView({
  block,
  text,
  onEditText,
}: {
  block: Extract<ReportPreviewBlock, { kind: 'paragraph' }>;
  /** The paragraph's entry among the texts a user may write, when it is one. */
  text: ReportTextBlockView | undefined;
  onEditText?: (key: string) => void;
}) {
  // A narrative chapter in the report is always written text (`edited`), so this covers it too.
  const written = block.edited
    ? { text: block.edited.text, carriedFromYear: block.edited.carriedFromYear ?? null, updatedBy: block.edited.by, updatedAt: block.edited.at }
    : null;
  const lines: Run[][] = written ? textLines(printedText(block)).map((line) => [line]) : runLines(block.content);
  return (
    <TextBlock blockKey={block.key} mark={written} onEdit={text && onEditText ? () => onEditText(block.key) : undefined}>
      {lines.map((line, i) => (
        <p key={i}>
          {line.map((run, j) => (
            <RunView key={j} run={run} />
          ))}
        </p>
      ))}
    </TextBlock>
  );
}
