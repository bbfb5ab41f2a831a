import { toHalfWidth } from '../../../identifiers/toHalfWidth.js';
import type { RecordRef } from '../../reportModel.js';
import { tableGrid } from '../tableGrid.js';
import type { LintFinding, LintRule } from '../types.js';
import { placeOf, tablesOf } from '../walk.js';

/** Columns that print an enterprise's name. */
const NAME_HEADER = /企业名称|单位名称|企业$/;

/** A name as compared: half-width, no spaces, brackets alike. */
const canonical = (name: string) => toHalfWidth(name).replace(/\s+/g, '').replace(/[（【[]/g, '(').replace(/[）】\]]/g, ')');

/** Levenshtein distance, stopping early past 1: only "one character apart" matters here. */
export function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  let j = 0;
  while (j < a.length - i && j < b.length - i && a[a.length - 1 - j] === b[b.length - 1 - j]) j++;
  return a.length - i - j <= 1 && b.length - i - j <= 1;
}

interface Naming {
  record: RecordRef;
  name: string;
  code: string | null;
  /** Where it is printed, for the finding; absent for the ledger itself. */
  place?: ReturnType<typeof placeOf>;
}

/**
 * The same enterprise under two names: a credit code that two names share (in the ledger, or a table's name for a
 * record the ledger names otherwise; a warning when the row's source wrote another name that its import linked to the
 * record, `RecordRef.nameInSource`), and names one character apart (湖南富生钢结构有限公司 / 湖南省富生钢结构有限公司)
 * on different records, which are most often one enterprise entered twice.
 */
export const enterpriseNames: LintRule = {
  id: 'enterprise.names',
  description: '同一企业在不同处名称不一致，或同一信用代码对应两个名称',
  check({ report, enterprises }) {
    const findings: LintFinding[] = [];
    const namings: Naming[] = enterprises.map((e) => ({
      record: { entity: 'enterprise', id: e.id, label: e.name, code: e.creditCode },
      name: e.name,
      code: e.creditCode ? toHalfWidth(e.creditCode).toUpperCase() : null,
    }));
    const ledgerName = new Map(namings.map((n) => [String(n.record.id), n.name]));

    // A table row that names its record otherwise than the ledger does.
    for (const { section, block } of tablesOf(report)) {
      const col = block.header.findIndex((h) => NAME_HEADER.test(h));
      if (col < 0) continue;
      for (const r of tableGrid(block)) {
        if (!r.record || r.record.entity !== 'enterprise' || r.source.role) continue;
        // Continuation rows of a merged name print nothing of their own.
        if (!r.cells[col] || !r.source.cells.includes(r.cells[col])) continue;
        const printed = r.cells[col].text.trim();
        const known = ledgerName.get(String(r.record.id));
        // A row whose source named the enterprise otherwise (a waste table's name confirmed at import): the table
        // prints the file's name, and the finding names the source's, so the park can correct it at the source.
        const inSource = r.record.nameInSource?.trim();
        const fileName = known ?? r.record.label;
        if (inSource && canonical(inSource) !== canonical(fileName)) {
          findings.push({
            rule: this.id,
            severity: 'warning',
            message: `${block.caption.split(' ')[0]}第${r.row}行企业名称“${inSource}”与企业档案名称“${fileName}”不一致（导入时已确认为同一企业）`,
            where: placeOf(section, block, r.row),
            links: [r.record],
          });
        }
        if (!printed || known === undefined || canonical(printed) === canonical(known)) continue;
        findings.push({
          rule: this.id,
          severity: 'error',
          message: `${block.caption.split(' ')[0]}第${r.row}行的企业名称“${printed}”与企业档案中的“${known}”不一致`,
          where: placeOf(section, block, r.row),
          links: [r.record],
        });
      }
    }

    // One credit code, two names.
    const byCode = new Map<string, Naming[]>();
    for (const n of namings) if (n.code) byCode.set(n.code, [...(byCode.get(n.code) ?? []), n]);
    for (const [code, group] of byCode) {
      const names = [...new Set(group.map((g) => canonical(g.name)))];
      if (names.length < 2) continue;
      findings.push({
        rule: this.id,
        severity: 'error',
        message: `统一社会信用代码${code}对应${names.length}个企业名称：${group.map((g) => `“${g.name}”`).join('、')}`,
        where: { sectionKey: '', section: '企业档案' },
        links: group.map((g) => g.record),
      });
    }

    // Names one character apart on different records.
    for (let i = 0; i < namings.length; i++) {
      for (let k = i + 1; k < namings.length; k++) {
        const a = namings[i]!;
        const b = namings[k]!;
        if (a.code && b.code && a.code !== b.code) continue;
        if (!withinOneEdit(canonical(a.name), canonical(b.name))) continue;
        findings.push({
          rule: this.id,
          severity: 'warning',
          message: `企业档案中“${a.name}”与“${b.name}”名称仅差一个字，请核实是否为同一企业`,
          where: { sectionKey: '', section: '企业档案' },
          links: [a.record, b.record],
        });
      }
    }
    return findings;
  },
};
