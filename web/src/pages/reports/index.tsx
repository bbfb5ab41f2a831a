import { Badge, Select, Tabs } from 'antd';
import { useState } from 'react';
import { useLocation, useNavigate } from 'react-router-dom';
import { getPark } from '../../api/parks';
import { lintAnnualReport, listAnnualReportTexts } from '../../api/reports';
import { useAccess } from '../../access';
import { yearOptions } from '../../components/formatting';
import { PageHeader } from '../../components/PageHeader';
import { useReportYear } from '../../components/useReportYear';
import { useRemote } from '../../components/useRemote';
import { useCurrentPark } from '../../park/ParkContext';
import { ReportTextEditor } from './components/ReportTextEditor';
import GenerateTab from './GenerateTab';
import LintTab from './lint/LintTab';
import PreviewTab from './preview/PreviewTab';

/** The tabs of 报告, each its own address so a link can open one (routes.tsx). */
const TABS = [
  { key: 'generate', path: '/reports', label: '生成报告' },
  { key: 'preview', path: '/reports/preview', label: '报告预览' },
  { key: 'lint', path: '/reports/lint', label: '报告检查' },
] as const;

/**
 * 报告: the annual self-assessment report of the current park for a year — the Word file, its preview with every
 * figure's provenance, and its check. The year, the written paragraphs and the check are shared by the tabs, so
 * a text saved in one tab re-runs the check the others count.
 */
export default function ReportsPage() {
  const park = useCurrentPark();
  const { canWrite } = useAccess();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const tab = TABS.find((t) => t.path === pathname)?.key ?? 'generate';
  const [year, setYear] = useReportYear();
  const profile = useRemote((signal) => getPark(park.code, signal), [park.code]);
  const figureYears = (profile.data?.yearlyFigures ?? []).map((f) => f.year);
  const lint = useRemote((signal) => lintAnnualReport(park.code, year, signal), [park.code, year]);
  const texts = useRemote((signal) => listAnnualReportTexts(park.code, year, signal), [park.code, year]);
  const [editing, setEditing] = useState<string | null>(null);
  // Bumped when a text changes, so the preview reloads the model it prints.
  const [revision, setRevision] = useState(0);
  const openText = canWrite ? setEditing : undefined;

  const textChanged = () => {
    texts.reload();
    lint.reload();
    setRevision((r) => r + 1);
  };

  return (
    <>
      <PageHeader
        title="报告"
        subTitle="由台账数据自动生成法定报告，文中数字与台账一致"
        extra={<Select aria-label="报告年度" style={{ width: 140 }} value={year} onChange={setYear} options={yearOptions(figureYears)} />}
      />
      <Tabs
        activeKey={tab}
        onChange={(key) => navigate(TABS.find((t) => t.key === key)!.path)}
        items={TABS.map((t) => ({
          key: t.key,
          label:
            t.key === 'lint' && lint.data ? (
              <Badge count={lint.data.errors} size="small" offset={[8, -2]}>
                {t.label}
              </Badge>
            ) : (
              t.label
            ),
        }))}
      />
      {tab === 'generate' ? <GenerateTab year={year} figureYears={profile.data ? figureYears : null} lint={lint} /> : null}
      {tab === 'preview' ? <PreviewTab year={year} revision={revision} texts={texts} onEditText={openText} /> : null}
      {tab === 'lint' ? <LintTab lint={lint} texts={texts.data ?? []} onEditText={openText} /> : null}
      <ReportTextEditor
        parkCode={park.code}
        year={year}
        block={texts.data?.find((b) => b.key === editing) ?? null}
        onClose={() => setEditing(null)}
        onChanged={textChanged}
      />
    </>
  );
}
