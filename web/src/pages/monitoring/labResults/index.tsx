import { ReloadOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Empty, Select, Skeleton } from 'antd';
import { useState } from 'react';
import { useAccess } from '../../../access';
import { importLabResults, listLabResults } from '../../../api/labResults';
import { yearOptions } from '../../../components/formatting';
import { PageHeader } from '../../../components/PageHeader';
import { useReportYear } from '../../../components/useReportYear';
import { useRemote } from '../../../components/useRemote';
import { useCurrentPark } from '../../../park/ParkContext';
import { failedImport, ImportOutcomeView, UploadButton, type ImportOutcome } from './ImportLabResults';
import { PointResults } from './PointResults';

/**
 * 监测结果: the lab results of the current park for a year, per monitoring point, judged by each point's own standard
 * and class; a lab report (.xlsx or .csv) is imported here, all or nothing.
 */
export default function LabResultsPage() {
  const park = useCurrentPark();
  const { canWrite } = useAccess();
  const [year, setYear] = useReportYear();
  const results = useRemote((signal) => listLabResults(park.code, year, signal), [park.code, year]);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<ImportOutcome | null>(null);

  const upload = async (file: File) => {
    setBusy(true);
    try {
      setOutcome({ ok: true, result: await importLabResults(park.code, year, file) });
      results.reload();
    } catch (err) {
      setOutcome(failedImport(err));
    } finally {
      setBusy(false);
    }
  };

  const points = results.data?.points ?? [];
  return (
    <>
      <PageHeader
        title="监测结果"
        subTitle="实验室监测报告的结果，按各点位的执行标准逐样评价"
        extra={
          <>
            <Select
              aria-label="监测年度"
              style={{ width: 120 }}
              value={year}
              onChange={(y) => {
                setYear(y);
                setOutcome(null);
              }}
              options={yearOptions()}
            />
            <Button icon={<ReloadOutlined />} onClick={results.reload}>
              刷新
            </Button>
            {canWrite ? <UploadButton busy={busy} onFile={(f) => void upload(f)} /> : null}
          </>
        }
      />
      {canWrite ? (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 16 }}
          message={`导入 ${year} 年的监测报告（.xlsx 或 .csv）：列为 点位、采样日期、监测项目、监测结果、单位、检出限；未检出写 ND、未检出 或 0.01L。任一行有误则不导入任何结果。`}
        />
      ) : null}
      {outcome ? <ImportOutcomeView outcome={outcome} onClose={() => setOutcome(null)} /> : null}
      {results.error ? <Alert type="error" showIcon message="读取监测结果失败" description={results.error} style={{ marginBottom: 16 }} /> : null}
      {results.loading && !results.data ? <Skeleton active /> : null}
      {results.data && points.length === 0 ? (
        <Card>
          <Empty description={`${year}年尚无监测结果`} />
        </Card>
      ) : null}
      {points.map((p) => (
        <PointResults key={`${year}-${p.pointId}`} point={p} year={year} />
      ))}
    </>
  );
}
