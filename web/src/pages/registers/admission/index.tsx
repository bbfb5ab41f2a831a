import { ReloadOutlined } from '@ant-design/icons';
import { Alert, Button, Col, Row, Space } from 'antd';
import { useState } from 'react';
import { shanghaiYear } from '../../../../../src/domain/report/reportingYear';
import { useAccess } from '../../../access';
import { getAdmissionRules, listScreenings, type ScreeningResult } from '../../../api/admission';
import { PageHeader } from '../../../components/PageHeader';
import { useRemote } from '../../../components/useRemote';
import { useCurrentPark } from '../../../park/ParkContext';
import { RulesCard } from './RulesCard';
import { ScreeningForm } from './ScreeningForm';
import { ScreeningOutcome } from './ScreeningOutcome';
import { ScreeningsCard } from './ScreeningsCard';

/**
 * 准入审核: a proposed project screened against the park's admission rules (通过 / 附条件通过 / 不通过, with each rule
 * that decided it), the year's kept screenings with their counts, and the rules themselves, editable by an officer.
 */
export default function AdmissionPage() {
  const park = useCurrentPark();
  const { canWrite } = useAccess();
  const [year, setYear] = useState(() => shanghaiYear(new Date()));
  const [result, setResult] = useState<ScreeningResult | null>(null);
  const rules = useRemote((signal) => getAdmissionRules(park.code, signal), [park.code]);
  const screenings = useRemote((signal) => listScreenings(park.code, year, signal), [park.code, year]);
  const noRules = rules.data !== undefined && rules.data.rules.length === 0;

  return (
    <>
      <PageHeader
        title="准入审核"
        subTitle="拟引进项目环保准入审核（按园区规划环评、“三线一单”等准入条件）"
        extra={
          <Button
            icon={<ReloadOutlined />}
            onClick={() => {
              rules.reload();
              screenings.reload();
            }}
          >
            刷新
          </Button>
        }
      />
      {noRules ? <Alert type="warning" showIcon message="园区尚未设置准入条件，无法审核；请在下方“园区准入条件”中新增规则或导入文件" style={{ marginBottom: 16 }} /> : null}
      <Space direction="vertical" size={16} style={{ width: '100%' }}>
        <Row gutter={16}>
          <Col xs={24} xl={11}>
            <ScreeningForm
              parkCode={park.code}
              subAreas={rules.data?.subAreas ?? []}
              canSave={canWrite}
              onResult={(r) => {
                setResult(r);
                if (r.saved) {
                  if (r.saved.year === year) screenings.reload();
                  else setYear(r.saved.year);
                }
              }}
            />
          </Col>
          <Col xs={24} xl={13}>
            <ScreeningOutcome result={result} />
          </Col>
        </Row>
        <ScreeningsCard parkCode={park.code} year={year} onYear={setYear} screenings={screenings} canWrite={canWrite} />
        <RulesCard parkCode={park.code} rules={rules} canWrite={canWrite} />
      </Space>
    </>
  );
}
