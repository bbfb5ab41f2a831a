import { Alert, Skeleton, Typography } from 'antd';
import { useMemo } from 'react';
import type { ReportPreview, ReportTextBlockView } from '../../../../../src/services/reports/reportModelSchema';
import { getAnnualReportPreview } from '../../../api/reports';
import type { Remote } from '../../../components/useRemote';
import { useRemote } from '../../../components/useRemote';
import { useCurrentPark } from '../../../park/ParkContext';
import { compareSectionKeys } from './sectionOrder';
import { TextBlock } from './ParagraphView';
import { SectionView } from './SectionView';
import './reportPaper.css';

interface Props {
  year: number;
  /** Changes when a text was saved or reset: the model is built again. */
  revision: number;
  texts: Remote<ReportTextBlockView[]>;
  onEditText?: (key: string) => void;
}

type Part = { key: string; section: ReportPreview['sections'][number] } | { key: string; unwritten: ReportTextBlockView; headed: boolean };

/**
 * The report's sections with the narrative chapters not written yet put in their place: the report leaves those
 * out, the preview shows where they go so they can be written. A chapter that opens with generated paragraphs
 * (三's air quality) is in the report already; the place for the park's text follows them.
 */
function partsOf(report: ReportPreview, texts: readonly ReportTextBlockView[]): Part[] {
  const sections = new Set(report.sections.map((s) => s.key));
  const blocks = new Set(report.sections.flatMap((s) => s.blocks.map((b) => b.key)));
  const unwritten = texts
    .filter((t) => t.kind === 'narrative' && !blocks.has(t.key))
    .map((t) => ({ key: t.key, unwritten: t, headed: !sections.has(t.key) }));
  const parts: Part[] = [...report.sections.map((s) => ({ key: s.key, section: s })), ...unwritten];
  return parts.sort((a, b) => compareSectionKeys(a.key, b.key));
}

/** 报告预览: the year's report as the .docx prints it, rendered from the same model. */
export default function PreviewTab({ year, revision, texts, onEditText }: Props) {
  const park = useCurrentPark();
  const preview = useRemote((signal) => getAnnualReportPreview(park.code, year, signal), [park.code, year, revision]);
  const byKey = useMemo(() => new Map((texts.data ?? []).map((t) => [t.key, t])), [texts.data]);
  const report = preview.data;

  if (!report) {
    return preview.error ? <Alert type="error" showIcon message="读取报告失败" description={preview.error} /> : <Skeleton active paragraph={{ rows: 12 }} />;
  }
  return (
    <>
      <Typography.Paragraph type="secondary">
        预览与 Word 文档的文字相同。蓝色虚线标出的数字由台账计算，鼠标悬停可查看计算规则和计入的企业；灰色点线标出的内容取自园区或企业档案。
        {onEditText ? '段落右侧的“编辑”可用自己的文字替换生成的段落，或编写成效、问题和计划章节。' : null}
      </Typography.Paragraph>
      {preview.error ? <Alert type="error" showIcon message="更新报告失败" description={preview.error} style={{ marginBottom: 12 }} /> : null}
      {texts.error ? <Alert type="warning" showIcon message="读取编写的段落失败" description={texts.error} style={{ marginBottom: 12 }} /> : null}
      <div className="rp-desk" data-testid="report-preview">
        <article className="rp-paper rp-cover">
          <h1 className="rp-title">{report.title}</h1>
          <div className="rp-cover-lines">
            {report.coverLines.map((line, i) => (
              <p key={i}>{line}</p>
            ))}
          </div>
        </article>
        <article className="rp-paper">
          {partsOf(report, texts.data ?? []).map((part) =>
            'section' in part ? (
              <SectionView key={part.key} section={part.section} texts={byKey} onEditText={onEditText} />
            ) : (
              <section key={`${part.key}/unwritten`} data-section={part.key}>
                {part.headed ? <h2 className="rp-heading rp-heading-1">{part.unwritten.section}</h2> : null}
                <TextBlock blockKey={part.key} mark={null} onEdit={onEditText ? () => onEditText(part.key) : undefined}>
                  <div className="rp-ui rp-empty">
                    {part.headed ? '本章尚未编写，报告中暂不包含此章。' : '本章尚未编写园区的文字，报告中暂只含上方平台生成的段落。'}
                  </div>
                </TextBlock>
              </section>
            ),
          )}
        </article>
      </div>
    </>
  );
}
