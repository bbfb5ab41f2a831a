import { Dec } from '../../../standards/_lib/decimal.js';
import { MANIFEST_MARK, WASTE_MANIFEST_HEADER, WASTE_TABLE_KEY, wasteQuantityHeader } from '../../sections/registers/wasteTable.js';
import { tableGrid } from '../tableGrid.js';
import type { LintFinding, LintRule } from '../types.js';
import { placeOf, tablesOf } from '../walk.js';

/**
 * A row of table 10 marked 涉危废转移清单企业 whose 危险废物产生量 is 0: an enterprise that moves hazardous waste
 * under transfer manifests generates some, so either the flag or the quantity is wrong.
 */
export const wasteManifest: LintRule = {
  id: 'waste.manifest',
  description: '标为涉危废转移清单企业，但危险废物产生量为0',
  check({ report }) {
    const findings: LintFinding[] = [];
    for (const { section, block } of tablesOf(report)) {
      if (block.key !== WASTE_TABLE_KEY) continue;
      const flag = block.header.indexOf(WASTE_MANIFEST_HEADER);
      const generated = block.header.indexOf(wasteQuantityHeader('hazardous', 'generatedTonnes'));
      if (flag < 0 || generated < 0) continue;
      for (const r of tableGrid(block)) {
        if (r.source.role || r.cells[flag]?.text.trim() !== MANIFEST_MARK.yes) continue;
        const cell = r.cells[generated];
        const text = cell?.text.trim() ?? '';
        const value = cell?.figure ? new Dec(cell.figure.value) : /^\d+(\.\d+)?$/.test(text) ? new Dec(text) : text === '' || text === '/' ? new Dec(0) : null;
        if (!value || !value.isZero()) continue;
        findings.push({
          rule: this.id,
          severity: 'warning',
          message: `${block.caption.split(' ')[0]}第${r.row}行${r.record?.label ?? ''}标为涉危废转移清单企业（${MANIFEST_MARK.yes}），但危险废物产生量为0`,
          where: placeOf(section, block, r.row),
          links: r.record ? [r.record] : [],
        });
      }
    }
    return findings;
  },
};
