import { inflateRawSync } from 'node:zlib';
import { WorkbookLimitError, WorkbookReadError } from './workbookErrors.js';
import { WORKBOOK_LIMITS } from './workbookLimits.js';

/**
 * Checks an .xlsx zip against {@link WORKBOOK_LIMITS} before any zip library sees it, reading the zip structure
 * itself (APPNOTE.TXT 4.3): the end-of-central-directory record, every central directory entry (count, declared
 * sizes), and each entry's local header, which must agree with it. Entries are then inflated with a hard output
 * cap of their declared size, so a header that lies cannot expand past the limit; the worksheets' <dimension>
 * and cells are counted in the inflated XML. Throws {@link WorkbookLimitError} or {@link WorkbookReadError}.
 */
export function checkWorkbookArchive(zip: Buffer): void {
  const entries = checkArchiveDirectory(zip);
  const sheets = new SheetTally();
  for (const e of entries) {
    const data = inflateEntry(zip, e);
    if (/^xl\/worksheets\/[^/]+\.xml$/i.test(e.name)) sheets.add(e.name, data.toString('utf8'));
  }
}

/**
 * The part of {@link checkWorkbookArchive} that reads only the zip's directory (entry count, declared sizes):
 * microseconds, so it can run on the event loop and refuse a bomb before any worker starts.
 */
export function checkArchiveDirectory(zip: Buffer): CentralEntry[] {
  const entries = readCentralDirectory(zip);
  if (entries.length > WORKBOOK_LIMITS.entries) {
    throw new WorkbookLimitError({ measure: '压缩包内文件数', where: null, found: count(entries.length), allowed: count(WORKBOOK_LIMITS.entries) });
  }
  let declared = 0;
  for (const e of entries) declared += e.uncompressedSize;
  if (declared > WORKBOOK_LIMITS.uncompressedBytes) {
    throw new WorkbookLimitError({ measure: '解压后总大小', where: null, found: byteSize(declared), allowed: byteSize(WORKBOOK_LIMITS.uncompressedBytes) });
  }
  return entries;
}

interface CentralEntry {
  name: string;
  flags: number;
  method: number;
  compressedSize: number;
  uncompressedSize: number;
  localOffset: number;
}

const EOCD_SIGNATURE = 0x06054b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;
const EOCD_SIZE = 22;
/** Sizes and counts set to all ones mean "see the ZIP64 record": only archives beyond 4 GB or 65,535 files. */
const ZIP64_16 = 0xffff;
const ZIP64_32 = 0xffffffff;

const damaged = (detail: string) => new WorkbookReadError(`文件不是有效的 Excel 工作簿（.xlsx）：文件已损坏或不完整（${detail}）`);

function readCentralDirectory(zip: Buffer): CentralEntry[] {
  // The EOCD record is the last 22 bytes, unless an archive comment (at most 65,535 bytes) follows it.
  let eocd = -1;
  for (let i = zip.length - EOCD_SIZE; i >= Math.max(0, zip.length - EOCD_SIZE - 0xffff); i--) {
    if (zip.readUInt32LE(i) === EOCD_SIGNATURE) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw damaged('找不到压缩包的中央目录');
  const total = zip.readUInt16LE(eocd + 10);
  const size = zip.readUInt32LE(eocd + 12);
  const offset = zip.readUInt32LE(eocd + 16);
  if (total === ZIP64_16 || size === ZIP64_32 || offset === ZIP64_32) {
    throw new WorkbookLimitError({ measure: '压缩包格式', where: null, found: 'ZIP64（超过 4 GB 或 65,535 个文件）', allowed: '普通 ZIP' });
  }
  if (total > WORKBOOK_LIMITS.entries) {
    throw new WorkbookLimitError({ measure: '压缩包内文件数', where: null, found: count(total), allowed: count(WORKBOOK_LIMITS.entries) });
  }
  if (offset + size > eocd) throw damaged('中央目录超出文件范围');

  const entries: CentralEntry[] = [];
  let p = offset;
  while (p < offset + size) {
    if (p + 46 > eocd || zip.readUInt32LE(p) !== CENTRAL_SIGNATURE) throw damaged('中央目录记录无效');
    const nameLength = zip.readUInt16LE(p + 28);
    const entry: CentralEntry = {
      flags: zip.readUInt16LE(p + 8),
      method: zip.readUInt16LE(p + 10),
      compressedSize: zip.readUInt32LE(p + 20),
      uncompressedSize: zip.readUInt32LE(p + 24),
      localOffset: zip.readUInt32LE(p + 42),
      name: zip.toString('utf8', p + 46, p + 46 + nameLength),
    };
    if (entry.compressedSize === ZIP64_32 || entry.uncompressedSize === ZIP64_32 || entry.localOffset === ZIP64_32) {
      throw new WorkbookLimitError({ measure: '压缩包格式', where: entry.name, found: 'ZIP64（单个文件超过 4 GB）', allowed: '普通 ZIP' });
    }
    entries.push(entry);
    if (entries.length > WORKBOOK_LIMITS.entries) break; // the caller reports the count
    p += 46 + nameLength + zip.readUInt16LE(p + 30) + zip.readUInt16LE(p + 32);
  }
  if (entries.length <= WORKBOOK_LIMITS.entries && entries.length !== total) throw damaged('中央目录的文件数与记录不符');
  return entries;
}

/** The entry's bytes, checked against its local header and inflated to at most its declared size. */
function inflateEntry(zip: Buffer, e: CentralEntry): Buffer {
  const lying = (found: string) =>
    new WorkbookLimitError({ measure: '文件实际内容与压缩包目录声明不符', where: e.name, found, allowed: `声明的 ${byteSize(e.uncompressedSize)}` });
  const h = e.localOffset;
  if (h + 30 > zip.length || zip.readUInt32LE(h) !== LOCAL_SIGNATURE) throw damaged(`${e.name} 的本地文件头无效`);
  const localFlags = zip.readUInt16LE(h + 6);
  const localMethod = zip.readUInt16LE(h + 8);
  const localName = zip.toString('utf8', h + 30, h + 30 + zip.readUInt16LE(h + 26));
  if (localFlags & 1 || e.flags & 1) throw new WorkbookReadError(`文件不是有效的 Excel 工作簿（.xlsx）：${e.name} 已加密`);
  // Bit 3: the sizes follow the data in a descriptor and the local header holds zeros; otherwise they must agree.
  const sizesInHeader = (localFlags & 0x08) === 0;
  const localCompressed = zip.readUInt32LE(h + 18);
  const localUncompressed = zip.readUInt32LE(h + 22);
  if (
    localName !== e.name ||
    localMethod !== e.method ||
    (sizesInHeader && (localCompressed !== e.compressedSize || localUncompressed !== e.uncompressedSize))
  ) {
    throw lying('本地文件头与中央目录不一致');
  }
  const start = h + 30 + zip.readUInt16LE(h + 26) + zip.readUInt16LE(h + 28);
  if (start + e.compressedSize > zip.length) throw damaged(`${e.name} 的数据超出文件范围`);
  const raw = zip.subarray(start, start + e.compressedSize);
  if (e.method === 0) {
    if (e.compressedSize !== e.uncompressedSize) throw lying(`${byteSize(e.compressedSize)}（未压缩存储）`);
    return raw;
  }
  if (e.method !== 8) throw new WorkbookReadError(`文件不是有效的 Excel 工作簿（.xlsx）：${e.name} 使用了不支持的压缩方式 ${e.method}`);
  let data: Buffer;
  try {
    // One byte more than declared: output that reaches it proves the header lies, and inflation stops there.
    data = inflateRawSync(raw, { maxOutputLength: e.uncompressedSize + 1 });
  } catch (cause) {
    if ((cause as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') throw lying(`超过 ${byteSize(e.uncompressedSize)}`);
    throw new WorkbookReadError(`文件不是有效的 Excel 工作簿（.xlsx）：${e.name} 无法解压，文件已损坏`, { cause });
  }
  if (data.length !== e.uncompressedSize) throw lying(byteSize(data.length));
  return data;
}

/** Rows, columns and cells of the worksheets, from their <dimension ref> and from the cells they hold. */
class SheetTally {
  private cells = 0;

  add(name: string, xml: string): void {
    const dimension = /<(?:[\w.-]+:)?dimension\b[^>]*?\bref="([^"]*)"/.exec(xml);
    if (dimension) {
      const corners = dimension[1].split(':').map(cellRef);
      this.checkExtent(name, Math.max(...corners.map((c) => c.row)), Math.max(...corners.map((c) => c.column)), '（<dimension> 声明）');
    }
    let lastRow = 0;
    let lastColumn = 0;
    // Element names may carry a namespace prefix (<x:c>); <col>, <cfRule> and the like do not match.
    for (const m of xml.matchAll(/<(?:[\w.-]+:)?(c|row)(?=[\s/>])([^>]*)>/g)) {
      const ref = /\br="([^"]*)"/.exec(m[2])?.[1];
      if (m[1] === 'row') {
        if (ref) lastRow = Math.max(lastRow, Number(ref));
        continue;
      }
      this.cells++;
      if (ref) {
        const c = cellRef(ref);
        lastRow = Math.max(lastRow, c.row);
        lastColumn = Math.max(lastColumn, c.column);
      }
      if (this.cells > WORKBOOK_LIMITS.cells) {
        throw new WorkbookLimitError({ measure: '单元格数', where: name, found: `超过 ${count(WORKBOOK_LIMITS.cells)} 个`, allowed: `${count(WORKBOOK_LIMITS.cells)} 个` });
      }
    }
    this.checkExtent(name, lastRow, lastColumn, '');
  }

  private checkExtent(name: string, rows: number, columns: number, how: string) {
    if (rows > WORKBOOK_LIMITS.sheetRows) {
      throw new WorkbookLimitError({ measure: `工作表行数${how}`, where: name, found: `${count(rows)} 行`, allowed: `${count(WORKBOOK_LIMITS.sheetRows)} 行` });
    }
    if (columns > WORKBOOK_LIMITS.sheetColumns) {
      throw new WorkbookLimitError({ measure: `工作表列数${how}`, where: name, found: `${count(columns)} 列`, allowed: `${count(WORKBOOK_LIMITS.sheetColumns)} 列` });
    }
  }
}

/** "CV10000" → row 10000, column 100; a whole-column or whole-row ref ("A", "3") leaves the other part 0. */
function cellRef(ref: string): { row: number; column: number } {
  const m = /^\$?([A-Za-z]*)\$?(\d*)$/.exec(ref.trim());
  if (!m) return { row: 0, column: 0 };
  let column = 0;
  for (const ch of m[1].toUpperCase()) column = column * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(m[2] || 0), column };
}

const count = (n: number) => n.toLocaleString('en-US');
function byteSize(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
  return bytes >= 1024 ? `${(bytes / 1024).toFixed(1)} KB` : `${bytes} 字节`;
}
