import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { decodeXmlEntities, parseDocumentXml, readDocx, tokenizeXml } from './readDocx.js';

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';

function body(inner: string): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document ${W}><w:body>${inner}</w:body></w:document>`;
}

describe('tokenizeXml', () => {
  it('reads tags, attributes in either quote, empty elements and text', () => {
    expect(tokenizeXml(`<a x="1" y='2 > 3'><b/>t&amp;u</a>`)).toEqual([
      { kind: 'open', name: 'a', attributes: { x: '1', y: '2 > 3' }, selfClosing: false },
      { kind: 'open', name: 'b', attributes: {}, selfClosing: true },
      { kind: 'text', text: 't&u' },
      { kind: 'close', name: 'a' },
    ]);
  });

  it('skips comments, processing instructions and DOCTYPE; keeps CDATA as text', () => {
    expect(tokenizeXml('<?xml version="1.0"?><!DOCTYPE x><!-- <a> --><a><![CDATA[<b>&]]></a>')).toEqual([
      { kind: 'open', name: 'a', attributes: {}, selfClosing: false },
      { kind: 'text', text: '<b>&' },
      { kind: 'close', name: 'a' },
    ]);
  });

  it('refuses an unclosed tag', () => {
    expect(() => tokenizeXml('<a x="1"')).toThrow('XML 标签未闭合');
  });
});

describe('decodeXmlEntities', () => {
  it('decodes the predefined entities and character references', () => {
    expect(decodeXmlEntities('&lt;&gt;&amp;&quot;&apos;&#20013;&#x6587;&#x1F600;&unknown;')).toBe('<>&"\'中文😀&unknown;');
  });
});

describe('parseDocumentXml', () => {
  it('reads paragraphs, line breaks and tabs, and ignores field codes and page breaks', () => {
    const content = parseDocumentXml(
      body(
        '<w:p><w:pPr><w:tabs><w:tab w:val="left" w:pos="420"/></w:tabs></w:pPr><w:r><w:t>甲</w:t><w:tab/><w:t xml:space="preserve">乙 </w:t><w:br/><w:t>丙</w:t></w:r></w:p>' +
          '<w:p/><w:p><w:r><w:br w:type="page"/></w:r></w:p>' +
          '<w:p><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r><w:r><w:t>7</w:t></w:r></w:p>',
      ),
    );
    expect(content.paragraphs).toEqual(['甲\t乙 \n丙', '7']);
  });

  it('reads merges written as <w:vMerge/>, header flags with values, and nested tables', () => {
    const content = parseDocumentXml(
      body(
        '<w:tbl>' +
          '<w:tr><w:trPr><w:tblHeader w:val="true"/></w:trPr><w:tc><w:p><w:r><w:t>A</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>B</w:t></w:r></w:p></w:tc></w:tr>' +
          '<w:tr><w:trPr><w:tblHeader w:val="0"/></w:trPr><w:tc><w:tcPr><w:vMerge w:val="restart"/></w:tcPr><w:p><w:r><w:t>a</w:t></w:r></w:p></w:tc>' +
          '<w:tc><w:tbl><w:tr><w:tc><w:p><w:r><w:t>inner</w:t></w:r></w:p></w:tc></w:tr></w:tbl><w:p><w:r><w:t>b1</w:t></w:r></w:p><w:p><w:r><w:t>b2</w:t></w:r></w:p></w:tc></w:tr>' +
          '<w:tr><w:tc><w:tcPr><w:vMerge/></w:tcPr><w:p/></w:tc><w:tc><w:p><w:r><w:t>c</w:t></w:r></w:p></w:tc></w:tr>' +
          '<w:tr><w:tc><w:tcPr><w:gridSpan w:val="2"/></w:tcPr><w:p><w:r><w:t>wide</w:t></w:r></w:p></w:tc></w:tr>' +
          '</w:tbl><w:p><w:r><w:t>after</w:t></w:r></w:p>',
      ),
    );
    expect(content.paragraphs).toEqual(['after']);
    expect(content.tables).toHaveLength(2);
    const [outer, inner] = content.tables;
    expect(outer.rows).toEqual([
      { isHeader: true, cells: [{ text: 'A', gridSpan: 1, vMerge: null }, { text: 'B', gridSpan: 1, vMerge: null }] },
      { isHeader: false, cells: [{ text: 'a', gridSpan: 1, vMerge: 'restart' }, { text: 'b1\nb2', gridSpan: 1, vMerge: null }] },
      { isHeader: false, cells: [{ text: '', gridSpan: 1, vMerge: 'continue' }, { text: 'c', gridSpan: 1, vMerge: null }] },
      { isHeader: false, cells: [{ text: 'wide', gridSpan: 2, vMerge: null }] },
    ]);
    expect(inner.rows).toEqual([{ isHeader: false, cells: [{ text: 'inner', gridSpan: 1, vMerge: null }] }]);
  });

  it('collects East Asian fonts and languages', () => {
    const content = parseDocumentXml(
      body(
        '<w:p><w:r><w:rPr><w:rFonts w:ascii="Times New Roman" w:eastAsia="仿宋_GB2312"/><w:lang w:val="en-US" w:eastAsia="zh-CN"/></w:rPr><w:t>x</w:t></w:r>' +
          '<w:r><w:rPr><w:rFonts w:ascii="Arial"/><w:lang w:val="en-US"/></w:rPr><w:t>y</w:t></w:r></w:p>',
      ),
    );
    expect(content.fonts.eastAsia).toEqual(new Set(['仿宋_GB2312']));
    expect(content.fonts.langEastAsia).toEqual(new Set(['zh-CN']));
  });
});

describe('readDocx', () => {
  it('unzips word/document.xml', async () => {
    const zip = new JSZip();
    zip.file('word/document.xml', body('<w:p><w:r><w:t>园区概况</w:t></w:r></w:p>'));
    const content = await readDocx(await zip.generateAsync({ type: 'nodebuffer' }));
    expect(content.paragraphs).toEqual(['园区概况']);
  });

  it('refuses a zip without word/document.xml', async () => {
    const zip = new JSZip();
    zip.file('xl/workbook.xml', '<workbook/>');
    await expect(readDocx(await zip.generateAsync({ type: 'nodebuffer' }))).rejects.toThrow('缺少 word/document.xml');
  });

  it('is imported only by tests and test fixtures (it needs jszip, a devDependency)', () => {
    const srcDir = fileURLToPath(new URL('../..', import.meta.url));
    const importers: string[] = [];
    const walk = (dir: string): void => {
      for (const name of readdirSync(dir)) {
        const path = join(dir, name);
        if (statSync(path).isDirectory()) walk(path);
        else if (/\.tsx?$/.test(name) && /from\s+['"][^'"]*\/readDocx\.js['"]/.test(readFileSync(path, 'utf8'))) {
          importers.push(relative(srcDir, path));
        }
      }
    };
    walk(srcDir);
    expect(importers.filter((path) => !/\.test\.tsx?$/.test(path) && !/(^|\/)(fixtures|testing)\//.test(path))).toEqual([]);
  });
});
