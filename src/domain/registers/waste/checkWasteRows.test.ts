import { describe, expect, it } from 'vitest';
import { SEED000_WASTE_TABLE } from '../../../../test/fixtures/seed000Waste.js';
import { checkWasteRows } from './checkWasteRows.js';
import { parseWasteTable } from './parseWasteTable.js';
import type { WasteRow } from './types.js';

const parsed = parseWasteTable(SEED000_WASTE_TABLE, 2024);
if (!parsed.ok) throw new Error('seed 000 table 10 does not parse');
const seedRows = parsed.rows;

const zero = { generatedTonnes: '0', selfUtilisedTonnes: '0', selfDisposedTonnes: '0', entrustedTonnes: '0' };
const row = (over: Partial<WasteRow>): WasteRow => ({
  enterpriseName: '湖南示例科技有限公司',
  creditCode: null,
  year: 2024,
  general: zero,
  hazardous: zero,
  transferManifest: false,
  hwCategories: [],
  ...over,
});

describe('checkWasteRows', () => {
  it('finds every seed row balanced, and the manifest flag on rows 9 and 15 that generate no hazardous waste', () => {
    expect(checkWasteRows(seedRows)).toEqual([
      {
        kind: 'manifestWithoutHazardous',
        position: 9,
        enterpriseName: '湖南荣晟昌新材料科技有限公司',
        wasteKind: null,
        message: '第9行 湖南荣晟昌新材料科技有限公司 标为涉危废转移清单企业，但危险废物产生量为 0',
      },
      {
        kind: 'manifestWithoutHazardous',
        position: 15,
        enterpriseName: '湖南省中亚光电科技有限公司',
        wasteKind: null,
        message: '第15行 湖南省中亚光电科技有限公司 标为涉危废转移清单企业，但危险废物产生量为 0',
      },
    ]);
  });

  it('names an unbalanced row: 10 t generated, 4 + 3 + 2 = 9 t handled', () => {
    const general = { generatedTonnes: '10', selfUtilisedTonnes: '4', selfDisposedTonnes: '3', entrustedTonnes: '2' };
    expect(checkWasteRows([row({}), row({ general })])).toEqual([
      {
        kind: 'unbalanced',
        position: 2,
        enterpriseName: '湖南示例科技有限公司',
        wasteKind: 'general',
        message:
          '第2行 湖南示例科技有限公司 的一般工业固体废物不平衡：产生量 10 t/a，自行综合利用、自行处置、委托处理合计 9 t/a，相差 1 t/a（允许 0.02 t/a）',
      },
    ]);
  });

  it('accepts a gap of exactly 0.02 t/a and refuses 0.03 t/a', () => {
    const hazardous = (entrusted: string) => ({ ...zero, generatedTonnes: '1.00', entrustedTonnes: entrusted });
    expect(checkWasteRows([row({ hazardous: hazardous('0.98'), transferManifest: true })])).toEqual([]);
    expect(checkWasteRows([row({ hazardous: hazardous('1.03'), transferManifest: true })])).toMatchObject([
      { kind: 'unbalanced', position: 1, wasteKind: 'hazardous' },
    ]);
  });
});
