import { describe, expect, it } from 'vitest';
import { SEED000_WASTE_TABLE } from '../../../../test/fixtures/seed000Waste.js';
import { parseWasteTable } from './parseWasteTable.js';
import { wasteTotals } from './wasteTotals.js';

const parsed = parseWasteTable(SEED000_WASTE_TABLE, 2024);
if (!parsed.ok) throw new Error('seed 000 table 10 does not parse');
const totals = wasteTotals(parsed.rows);

describe('wasteTotals on seed 000 table 10', () => {
  // Seed 000 二（六）: "2024年度产生量80.6t/a，其中，自行综合利用7.05t/a，自行处置51.40t/a，外委处置22.15t/a" and the
  // 合计 row 80.6 / 7.05 / 51.40 / 22.15. Summed by hand over the 36 rows: 0.40 + 1.08 + … + 0.59 = 80.60;
  // 自行综合利用 2.50 (row 7) + 4.55 (row 11) = 7.05; 自行处置 43.1 + 0.80 + 0.85 + 3.03 + 0.17 + 0.43 + 0.04 + 1.02
  // + 0.03 + 1.5 + 0.43 = 51.40; 委托 80.60 − 7.05 − 51.40 = 22.15 (the rows balance).
  it('sums general solid waste to the seed paragraph and 合计 row', () => {
    expect(totals.general).toMatchObject({
      generatedTonnes: '80.6',
      selfUtilisedTonnes: '7.05',
      selfDisposedTonnes: '51.4',
      entrustedTonnes: '22.15',
    });
  });

  // Seed: "产生量18.04/a" (the unit's t is missing in the paragraph; the 合计 row says 18.04 in a t/a table), all of it
  // 外委处置. By hand: 0.10 + 1.9 + 0.4 + 0.03 + 0.50 + 4 + 0.07 + 0.1 + 1 + 8.1 + 1.2 + 0.1 + 0.04 + 0.5 = 18.04.
  it('sums hazardous waste to 18.04 t/a, all entrusted', () => {
    expect(totals.hazardous).toMatchObject({
      generatedTonnes: '18.04',
      selfUtilisedTonnes: '0',
      selfDisposedTonnes: '0',
      entrustedTonnes: '18.04',
    });
  });

  // The seed's paragraph says 36 general-waste and 16 hazardous-waste generating enterprises. The table lists 36
  // enterprises, but row 12 (湖南卫瀚生物科技有限公司) generates 0 t of general waste, so 35 generate it; 16 rows carry
  // the manifest flag √, but rows 9 (湖南荣晟昌新材料科技有限公司) and 15 (湖南省中亚光电科技有限公司) generate 0 t of
  // hazardous waste, so 14 generate it. The counts are pinned to the table's rows, not the paragraph.
  it('counts generating enterprises from the rows: 35 and 14, where the seed paragraph says 36 and 16', () => {
    expect(totals.general.generatingEnterprises).toBe(35);
    expect(totals.hazardous.generatingEnterprises).toBe(14);
    expect(totals.transferManifestEnterprises).toBe(16);
  });

  it('gives zero totals for an empty ledger', () => {
    expect(wasteTotals([])).toEqual({
      general: { generatedTonnes: '0', selfUtilisedTonnes: '0', selfDisposedTonnes: '0', entrustedTonnes: '0', generatingEnterprises: 0 },
      hazardous: { generatedTonnes: '0', selfUtilisedTonnes: '0', selfDisposedTonnes: '0', entrustedTonnes: '0', generatingEnterprises: 0 },
      transferManifestEnterprises: 0,
    });
  });
});
