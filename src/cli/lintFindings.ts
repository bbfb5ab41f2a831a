import type { LintReport } from '../services/reports/lintReportSchema.js';

const SEVERITY = { error: '错误', warning: '需核实' } as const;

/** The findings of a report lint as lines for the terminal: grouped by section, each with its place and rule. */
export function lintLines(lint: LintReport): string[] {
  const lines: string[] = [];
  let section: string | null = null;
  for (const f of lint.findings) {
    if (f.where.section !== section) {
      section = f.where.section;
      lines.push(section || '报告');
    }
    const place = [f.where.table, f.where.row ? `第${f.where.row}行` : '', !f.where.table && f.where.blockKey ? `段落 ${f.where.blockKey}` : '']
      .filter(Boolean)
      .join(' ');
    lines.push(`  ${SEVERITY[f.severity]}  ${f.message}${place ? `（${place}）` : ''}  [${f.rule}]`);
  }
  lines.push(`报告检查：${lint.errors} 个错误，${lint.warnings} 个需核实`);
  return lines;
}
