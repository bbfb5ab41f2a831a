import { AlignmentType, ImageRun, Paragraph } from 'docx';
import type { ImageBlock } from '../../domain/report/reportModel.js';
import { captionParagraph } from './tableBlock.js';

/** Pixels at 96 dpi per millimetre: docx sizes images in pixels. */
const PX_PER_MM = 96 / 25.4;

/** A chart: the picture centred at its printed size, its caption below it. */
export function imageParagraphs(block: ImageBlock): Paragraph[] {
  const picture = new Paragraph({
    alignment: AlignmentType.CENTER,
    keepNext: true,
    indent: { firstLine: 0 },
    children: [
      new ImageRun({
        type: 'png',
        data: block.png,
        transformation: { width: Math.round(block.widthMm * PX_PER_MM), height: Math.round(block.heightMm * PX_PER_MM) },
        altText: { name: block.key, title: block.caption, description: block.caption },
      }),
    ],
  });
  return block.caption ? [picture, captionParagraph(block.caption)] : [picture];
}
