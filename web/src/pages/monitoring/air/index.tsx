import { ReloadOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Empty, Select, Skeleton } from 'antd';
import { useAccess } from '../../../access';
import { getAirEvaluation, getRegionalAir } from '../../../api/airEvaluation';
import { yearOptions } from '../../../components/formatting';
import { PageHeader } from '../../../components/PageHeader';
import { useReportYear } from '../../../components/useReportYear';
import { useRemote } from '../../../components/useRemote';
import { useCurrentPark } from '../../../park/ParkContext';
import { RegionalFigures } from './RegionalFigures';
import { StationCard } from './StationCard';

/**
 * 空气质量评价: each air point of the current park for a year — monitoring and compliance days against GB 3095, each
 * factor's exceedance days and largest multiple, 优良天数, annual statistics and the comparison with last year, an AQI
 * calendar and the daily values against the limit — and the region's figures of the city station, editable.
 */
export default function AirEvaluationPage() {
  const park = useCurrentPark();
  const { canWrite } = useAccess();
  const [year, setYear] = useReportYear();
  const evaluation = useRemote((signal) => getAirEvaluation(park.code, year, signal), [park.code, year]);
  const regional = useRemote((signal) => getRegionalAir(park.code, year, signal), [park.code, year]);
  const e = evaluation.data;
  // The city station is shown by its regional figures unless it has a series of its own.
  const stations = (e?.points ?? []).filter((p) => p.kind !== 'city_station' || p.source !== null);
  const simulated = stations.some((p) => p.simulated);
  return (
    <>
      <PageHeader
        title="空气质量评价"
        subTitle="按 GB 3095 评价达标天数，按 HJ 633 计算 AQI 与优良天数，按 HJ 663 统计年评价浓度"
        extra={
          <>
            <Select aria-label="评价年度" style={{ width: 120 }} value={year} onChange={setYear} options={yearOptions()} />
            <Button
              icon={<ReloadOutlined />}
              onClick={() => {
                evaluation.reload();
                regional.reload();
              }}
            >
              刷新
            </Button>
          </>
        }
      />
      {simulated ? <Alert type="warning" showIcon style={{ marginBottom: 16 }} message="标有“模拟数据”的站点数据为演示用的模拟数据，不是实测值。" /> : null}
      {evaluation.error ? <Alert type="error" showIcon message="读取空气质量评价失败" description={evaluation.error} style={{ marginBottom: 16 }} /> : null}
      {regional.data ? <RegionalFigures regional={regional.data} canWrite={canWrite} parkCode={park.code} onChanged={regional.reload} /> : null}
      {evaluation.loading && !e ? <Skeleton active /> : null}
      {e && stations.length === 0 ? (
        <Card>
          <Empty description="本园区尚无空气点位（空气站、微站）" />
        </Card>
      ) : null}
      {e ? stations.map((p) => <StationCard key={`${year}-${p.pointId}`} point={p} evaluation={e} />) : null}
    </>
  );
}
