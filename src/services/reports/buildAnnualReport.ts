import { buildLedgerTable } from '../../domain/ledger/buildLedgerTable.js';
import type { ReportBlock, ReportDocument } from '../../domain/report/reportModel.js';
import { listEnterprisesOfPark } from '../../store/queries/enterprises.js';
import type { ServiceContext } from '../context.js';
import { getLedgerStats } from '../ledger/getLedgerStats.js';
import { getParkProfile, type ParkProfile } from '../parks/parkProfile.js';
import { annualReportSection } from './annualReportSections.js';

/** "2014年8月" from "2014-08", "2013年" from "2013". */
function when(partialDate: string | null): string {
  if (!partialDate) return '';
  const [y, m] = partialDate.split('-');
  return m ? `${y}年${Number(m)}月` : `${y}年`;
}

function profileParagraphs(park: ParkProfile, year: number): string[] {
  const industries = park.leadingIndustries.length ? `主导产业为${park.leadingIndustries.join('、')}等。` : '';
  const area = [
    park.approvedAreaKm2 && `核准规划面积${park.approvedAreaKm2}km²`,
    park.extendedAreaKm2 && `拓展范围${park.extendedAreaKm2}km²${park.extensionDocument ? `（${park.extensionDocument}）` : ''}`,
  ].filter(Boolean);
  const first =
    `${park.name}位于${park.location ?? park.divisionName ?? ''}，园区代码为${park.code}，园区级别为${park.level}。` +
    industries +
    (area.length ? `园区${area.join('，')}。` : '');

  const approvals = park.approvals.map((a) => {
    const by = a.authority ? `获得${a.authority}批复` : '获得批复';
    return `${when(a.approvedOn)}${a.approvedOn ? '，' : ''}${a.title}${by}${a.documentNumber ? `（${a.documentNumber}）` : ''}`;
  });
  const paragraphs = [first];
  if (approvals.length) paragraphs.push(`${approvals.join('；')}。`);
  if (park.history) paragraphs.push(park.history);
  const f = park.yearlyFigures.find((y) => y.year === year);
  if (f && (f.industrialOutputYiYuan || f.industrialAddedValueYiYuan)) {
    const parts = [
      f.industrialOutputYiYuan && `工业总产值${f.industrialOutputYiYuan}亿元`,
      f.industrialAddedValueYiYuan && `工业增加值${f.industrialAddedValueYiYuan}亿元`,
    ].filter(Boolean);
    paragraphs.push(`${year}年园区${parts.join('，')}。`);
  }
  return paragraphs;
}

/**
 * Builds the annual self-assessment report (园区生态环境管理年度自评估报告) of a park for a year, as the
 * structure of shared/seeds/000 has it. Section 一、园区概况: profile, the statistics paragraph computed from the
 * ledger, and table 1.3-1. Later capabilities add their sections here and mark them produced in
 * annualReportSections.ts.
 */
export async function buildAnnualReport(ctx: ServiceContext, parkCode: string, year: unknown): Promise<ReportDocument> {
  const ledger = await getLedgerStats(ctx, parkCode, year);
  const park = await getParkProfile(ctx, parkCode);
  const enterprises = await listEnterprisesOfPark(ctx.db, park.id);

  const blocks: ReportBlock[] = [
    { kind: 'heading', level: 1, text: annualReportSection('1').heading },
    ...profileParagraphs(park, ledger.year).map((text): ReportBlock => ({ kind: 'paragraph', text })),
    { kind: 'paragraph', text: ledger.text },
    buildLedgerTable(enterprises, { caption: '表1.3-1 园区企业环保执行情况汇总表' }),
  ];
  return {
    title: `${park.name}${ledger.year}年度生态环境管理自评估报告`,
    coverLines: [`园区代码：${park.code}`, park.divisionName ?? ''].filter(Boolean),
    blocks,
  };
}
