import { DownloadOutlined, ReloadOutlined, UploadOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Col, Empty, Row, Select, Skeleton, Statistic, Upload } from 'antd';
import { useState } from 'react';
import { useAccess } from '../../../access';
import { getWasteLedger, wasteWorkbookUrl, type WasteLedgerYear } from '../../../api/wasteLedger';
import { EChart } from '../../../components/EChart';
import { yearOptions } from '../../../components/formatting';
import { PageHeader } from '../../../components/PageHeader';
import { useRemote } from '../../../components/useRemote';
import { useReportYear } from '../../../components/useReportYear';
import { useCurrentPark } from '../../../park/ParkContext';
import { ImportWasteModal } from './ImportWasteModal';
import { KIND_LABELS, tonnes } from './wasteCells';
import { wasteByEnterpriseChart } from './wasteChart';
import { WasteTable } from './WasteTable';
import './waste.css';

/**
 * 固体废物台账: the current park's solid and hazardous waste of a year per enterprise, as table 10 of the annual
 * report lists it, with the park totals, the counts of producing enterprises and what does not add up; a table-10
 * workbook is imported here (names not in the enterprise file confirmed first) and the year exported.
 */
export default function WasteLedgerPage() {
  const park = useCurrentPark();
  const { canWrite } = useAccess();
  const [year, setYear] = useReportYear();
  const ledger = useRemote((signal) => getWasteLedger(park.code, year, signal), [park.code, year]);
  const [file, setFile] = useState<File | null>(null);
  const [imported, setImported] = useState<WasteLedgerYear | null>(null);
  const data = ledger.data;

  return (
    <>
      <PageHeader
        title="固体废物台账"
        subTitle="各企业一般工业固体废物、危险废物的产生量与去向（年度自评估报告表10）"
        extra={
          <>
            <Select aria-label="台账年度" style={{ width: 120 }} value={year} onChange={(y) => {
                setYear(y);
                setImported(null);
              }} options={yearOptions()} />
            <Button icon={<ReloadOutlined />} onClick={ledger.reload}>
              刷新
            </Button>
            <Button icon={<DownloadOutlined />} href={wasteWorkbookUrl(park.code, year)} download disabled={!data || data.rows.length === 0}>
              导出表10
            </Button>
            {canWrite ? (
              <Upload
                accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
                showUploadList={false}
                beforeUpload={(f) => {
                  setFile(f);
                  setImported(null);
                  return Upload.LIST_IGNORE;
                }}
              >
                <Button type="primary" icon={<UploadOutlined />}>
                  导入表10
                </Button>
              </Upload>
            ) : null}
          </>
        }
      />
      {file ? (
        <ImportWasteModal
          park={park.code}
          year={year}
          file={file}
          onClose={() => setFile(null)}
          onImported={(r) => {
            setFile(null);
            setImported(r);
            ledger.reload();
          }}
        />
      ) : null}
      {imported ? (
        <Alert type="success" showIcon closable onClose={() => setImported(null)} style={{ marginBottom: 16 }} data-testid="waste-import-summary" message={`已导入${imported.year}年固体废物台账：${imported.rows.length}家企业`} />
      ) : null}
      {ledger.error ? <Alert type="error" showIcon message="读取固体废物台账失败" description={ledger.error} style={{ marginBottom: 16 }} /> : null}
      {ledger.loading && !data ? <Skeleton active /> : null}
      {data && data.rows.length === 0 ? (
        <Card>
          <Empty description={`${year}年尚无固体废物台账${canWrite ? '，可导入表10格式的工作簿' : ''}`} />
        </Card>
      ) : null}
      {data && data.rows.length > 0 ? (
        <>
          <Row gutter={16} style={{ marginBottom: 16 }}>
            {(['general', 'hazardous'] as const).map((kind) => {
              const t = data.totals[kind];
              return (
                <Col key={kind} xs={24} md={9}>
                  <Card size="small" title={KIND_LABELS[kind]}>
                    <Row gutter={8}>
                      <Col span={6}>
                        <Statistic title="产生企业" value={t.generatingEnterprises} suffix="家" />
                      </Col>
                      <Col span={6}>
                        <Statistic title="产生量" value={tonnes(t.generatedTonnes)} suffix="t/a" />
                      </Col>
                      <Col span={12}>
                        <div style={{ color: 'rgba(0,0,0,0.65)', fontSize: 13, lineHeight: '22px' }}>
                          自行综合利用 {tonnes(t.selfUtilisedTonnes)} t/a
                          <br />
                          自行处置 {tonnes(t.selfDisposedTonnes)} t/a
                          <br />
                          委托处理 {tonnes(t.entrustedTonnes)} t/a
                        </div>
                      </Col>
                    </Row>
                  </Card>
                </Col>
              );
            })}
            <Col xs={24} md={6}>
              <Card size="small" title="涉危废转移清单企业">
                <Statistic value={data.totals.transferManifestEnterprises} suffix="家" />
              </Card>
            </Col>
          </Row>
          {data.findings.length > 0 ? (
            <Alert
              type="warning"
              showIcon
              style={{ marginBottom: 16 }}
              data-testid="waste-findings"
              message={`待核对（${data.findings.length}处）：表中已标出`}
              description={
                <ul style={{ margin: 0, paddingLeft: 18 }}>
                  {data.findings.map((f) => (
                    <li key={`${f.kind}-${f.position}-${f.wasteKind ?? ''}`}>{f.message}</li>
                  ))}
                </ul>
              }
            />
          ) : null}
          <Card size="small" title={`表10 企业固体废物处置清单（${year}年）`} style={{ marginBottom: 16 }}>
            <WasteTable ledger={data} />
          </Card>
          <Card size="small" title="各企业固体废物产生量">
            <EChart option={wasteByEnterpriseChart(data)} height={Math.max(240, data.rows.length * 22 + 60)} />
          </Card>
        </>
      ) : null}
    </>
  );
}
