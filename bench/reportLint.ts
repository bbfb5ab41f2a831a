// The annual report lint on the demo park (50 enterprises, table 1.3-1): the generated report, the seed's paragraph
// typed as edited text, and hostile texts of the 20,000 characters a paragraph may hold. Run: npx tsx bench/reportLint.ts
import { parseLedgerTable } from '../src/domain/ledger/parseLedgerTable.js';
import { lintReport } from '../src/domain/report/lint/index.js';
import type { ParkProfileData } from '../src/domain/report/sections/profileSection.js';
import { DEMO_LEDGER_ROWS, DEMO_PARK } from '../src/services/demo/qidongPark2024.js';
import { annualReportFromData } from '../src/services/reports/buildAnnualReport.js';
import { SEED_LEDGER_PARAGRAPH } from '../test/fixtures/seed000Paragraphs.js';

const enterprises = parseLedgerTable(DEMO_LEDGER_ROWS).enterprises.map((e, i) => ({ ...e, id: i + 1 }));
const park: ParkProfileData = {
  id: 1,
  code: DEMO_PARK.code,
  name: DEMO_PARK.name,
  level: DEMO_PARK.level,
  location: DEMO_PARK.location ?? null,
  divisionName: '湖南省衡阳市祁东县',
  leadingIndustries: DEMO_PARK.leadingIndustries ?? [],
  approvedAreaKm2: '2.4',
  extendedAreaKm2: '5.99',
  extensionDocument: DEMO_PARK.extensionDocument ?? null,
  history: DEMO_PARK.history ?? null,
  approvals: [],
  yearlyFigures: [{ year: 2024, industrialOutputYiYuan: '40.25', industrialAddedValueYiYuan: '14.69' }],
  lastChange: null,
};

const cases: [string, string | null][] = [
  ['generated text', null],
  ['seed paragraph as edited text', SEED_LEDGER_PARAGRAPH],
  ['20,000 chars: （1）（1）…', '（1）'.repeat(6666)],
  ['20,000 chars: 1家1家…', '1家'.repeat(10000)],
  ['19,600 chars: 在建企业1家，…', '在建企业1家，'.repeat(2800)],
  ['20,000 chars: 没有没有…', '没有'.repeat(10000)],
];

console.log('| case | findings | build + lint ms (median of 5) |');
console.log('|---|---:|---:|');
for (const [name, text] of cases) {
  const times: number[] = [];
  let findings = 0;
  for (let run = 0; run < 5; run++) {
    const t0 = performance.now();
    const report = annualReportFromData({ year: 2024, park, enterprises, texts: text ? { '1.ledger': { text, by: null, at: null } } : {} });
    findings = lintReport({ report, enterprises }).length;
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  console.log(`| ${name} | ${findings} | ${times[2]!.toFixed(1)} |`);
}
