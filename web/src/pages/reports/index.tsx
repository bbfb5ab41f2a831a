import { FileWordOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Descriptions, Select, Space, Typography } from 'antd';
import { annualReportUrl, getPark } from '../../api/parks';
import { yearOptions } from '../../components/formatting';
import { PageHeader } from '../../components/PageHeader';
import { useReportYear } from '../../components/useReportYear';
import { useRemote } from '../../components/useRemote';
import { useCurrentPark } from '../../park/ParkContext';

export default function ReportsPage() {
  const park = useCurrentPark();
  const profile = useRemote((signal) => getPark(park.code, signal), [park.code]);
  const [year, setYear] = useReportYear();
  const figureYears = (profile.data?.yearlyFigures ?? []).map((f) => f.year);

  return (
    <>
      <PageHeader title="报告" subTitle="由台账数据自动生成法定报告，文中数字与台账一致" />
      <Card title="园区生态环境管理年度自评估报告" style={{ maxWidth: 880 }}>
        <Space direction="vertical" size={16} style={{ width: '100%' }}>
          <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }}>
            报告按年度自评估报告的章节结构生成 Word 文档（.docx），其中园区概况、企业环评与验收、应急预案备案、排污许可等统计数字均由企业档案（一企一档）计算得出。生成前请先核对企业档案。
          </Typography.Paragraph>
          <Descriptions size="small" column={1} bordered>
            <Descriptions.Item label="园区">{park.name}</Descriptions.Item>
            <Descriptions.Item label="报告年度">
              <Select
                aria-label="报告年度"
                style={{ width: 140 }}
                value={year}
                onChange={setYear}
                options={yearOptions(figureYears)}
              />
            </Descriptions.Item>
          </Descriptions>
          {year !== null && figureYears.length > 0 && !figureYears.includes(year) ? (
            <Alert type="info" showIcon message={`园区信息中尚无 ${year} 年的工业总产值和工业增加值，报告中相应数字将留空。`} />
          ) : null}
          <Button
            type="primary"
            size="large"
            icon={<FileWordOutlined />}
            disabled={year === null}
            href={year === null ? undefined : annualReportUrl(park.code, year)}
            download
          >
            生成年度自评估报告（.docx）
          </Button>
        </Space>
      </Card>
    </>
  );
}
