import { lookupIndustry } from '../industry/index.js';
import type { RecordRef, TableBlock, TableCell, TableRow } from '../report/reportModel.js';
import { LEDGER_COLUMNS, LEDGER_EXTRA_COLUMNS, SECTION_LABELS } from './ledgerColumns.js';
import type { EiaApproval, EnterpriseInput, EnterpriseStatus } from './types.js';
import { EIA_TYPE_LABELS, ENTERPRISE_STATUS_LABELS, PERMIT_CLASS_LABELS } from './types.js';

export interface BuildLedgerTableOptions {
  /** Stable key of the table in its report. */
  key: string;
  /** Table caption, e.g. "表1.3-1 园区企业环保执行情况汇总表". */
  caption: string;
  /** Add the workbook's extra columns (status, credit code, EIA type, risk source, note). */
  extraColumns?: boolean;
  /** Leave out cleared enterprises (the report does; the workbook keeps them). */
  includeCleared?: boolean;
}

/** An enterprise of the ledger; with its database id, its rows are bound to it. */
export type LedgerTableEnterprise = EnterpriseInput & { id?: number };

/** The record a ledger row prints, for the lint and the preview to link to. */
export const enterpriseRecord = (e: LedgerTableEnterprise): RecordRef | undefined =>
  e.id === undefined ? undefined : { entity: 'enterprise', id: e.id, label: e.name, code: e.creditCode };

/** Order of the table's sections; producing enterprises first, without a section row. */
const SECTION_ORDER: EnterpriseStatus[] = ['operating', 'trial', 'suspended', 'construction', 'cleared'];

const approvalText = (a: EiaApproval) =>
  a.type === 'registration' ? `登记备案：${a.documentNumber ?? '是'}` : (a.documentNumber ?? '是');
const acceptanceText = (a: EiaApproval) =>
  a.acceptance === 'accepted' ? '是' : a.acceptance === 'pending' ? '否' : '不适用';

/**
 * Builds table 1.3-1 (园区企业环保执行情况汇总表) from the ledger: one row per EIA approval, the enterprise's
 * other columns merged over its rows, section rows ("在建企业") between statuses and 序号 restarting in each,
 * as the seed report prints it. Both the Word report and the workbook export print this one table.
 */
export function buildLedgerTable(enterprises: readonly LedgerTableEnterprise[], options: BuildLedgerTableOptions): TableBlock {
  const columns = [...LEDGER_COLUMNS, ...(options.extraColumns ? LEDGER_EXTRA_COLUMNS : [])];
  const width = columns.length;
  const rows: TableRow[] = [];

  for (const status of SECTION_ORDER) {
    if (status === 'cleared' && !options.includeCleared) continue;
    const group = enterprises.filter((e) => e.status === status).sort((a, b) => a.seq - b.seq);
    if (group.length === 0) continue;
    if (status !== 'operating') rows.push({ cells: [{ text: SECTION_LABELS[status], colSpan: width, bold: true }], role: 'section' });

    group.forEach((e, i) => {
      const approvals: (EiaApproval | null)[] = e.eiaApprovals.length ? e.eiaApprovals : [null];
      const filings = e.emergencyPlans;
      const span = Math.max(approvals.length, 1);
      // Acceptance is merged when every approval has the same value, as the seed prints it.
      const sameAcceptance = approvals.every((a) => a && acceptanceText(a) === acceptanceText(approvals[0]!));
      const emergency = filings.length === 0 ? '否' : filings.map((f) => f.filingNumber ?? '是').join('\n');
      const industry = e.industryCode ? (lookupIndustry(e.industryCode)?.name ?? e.industryCode) : '/';
      const permit = e.permit.held ? (e.permit.number ?? '是') : '否';
      const permitClass = e.permit.permitClass ? PERMIT_CLASS_LABELS[e.permit.permitClass] : '/';
      const merged = (text: string, align?: 'left'): TableCell => ({ text, ...(span > 1 ? { rowSpan: span } : {}), ...(align ? { align } : {}) });
      const identifier = (cell: TableCell): TableCell => ({ ...cell, identifier: true });
      const record = enterpriseRecord(e);

      approvals.forEach((a, k) => {
        const row: TableCell[] = [];
        if (k === 0) row.push(merged(String(i + 1)), merged(e.name, 'left'), merged(industry));
        row.push(identifier({ text: a ? approvalText(a) : '否' }));
        if (!sameAcceptance) row.push({ text: a ? acceptanceText(a) : '/' });
        else if (k === 0) row.push(merged(a ? acceptanceText(a) : '/'));
        if (k === 0) row.push(identifier(merged(emergency)), identifier(merged(permit)), merged(permitClass));
        if (options.extraColumns) {
          if (k === 0) row.push(merged(ENTERPRISE_STATUS_LABELS[e.status]), identifier(merged(e.creditCode ?? '')));
          row.push({ text: a?.type ? EIA_TYPE_LABELS[a.type] : '' });
          if (k === 0) {
            row.push(merged(e.riskSource === null ? '' : e.riskSource ? '是' : '否'), merged(e.note ?? '', 'left'));
          }
        }
        rows.push(record ? { cells: row, record } : { cells: row });
      });
    });
  }

  return {
    kind: 'table',
    key: options.key,
    caption: options.caption,
    header: columns.map((c) => c.header),
    columnWidths: columns.map((c) => c.width),
    rows,
    compact: true,
  };
}
