import type { ReportPreview, ReportTextBlockView } from '../../../../../src/services/reports/reportModelSchema';
import { ParagraphView } from './ParagraphView';
import { TableView } from './TableView';

/** A section of the report: its numbered heading and its paragraphs, tables and images in order. */
export function SectionView({
  section,
  texts,
  onEditText,
}: {
  section: ReportPreview['sections'][number];
  texts: ReadonlyMap<string, ReportTextBlockView>;
  onEditText?: (key: string) => void;
}) {
  const Heading = section.level === 1 ? 'h2' : section.level === 2 ? 'h3' : 'h4';
  return (
    <section data-section={section.key}>
      <Heading className={`rp-heading rp-heading-${section.level}`}>
        {section.number}
        {section.title}
      </Heading>
      {section.blocks.map((block) => {
        switch (block.kind) {
          case 'paragraph':
            return <ParagraphView key={block.key} block={block} text={texts.get(block.key)} onEditText={onEditText} />;
          case 'table':
            return <TableView key={block.key} block={block} />;
          case 'image':
            return (
              <figure key={block.key} className="rp-image" data-block={block.key}>
                <img src={block.dataUrl} alt={block.caption} style={{ width: `${block.widthMm}mm` }} />
                {block.caption ? <figcaption className="rp-caption">{block.caption}</figcaption> : null}
              </figure>
            );
        }
      })}
    </section>
  );
}
