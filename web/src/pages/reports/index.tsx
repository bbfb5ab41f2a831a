import { FileWordOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Descriptions, Select, Space, Typography } from 'antd';
import { useState } from 'react';
import { buildAnnualReport, getAnnualReportSections, getPark } from '../../api/parks';
import { errorMessage } from '../../api/client';
import { yearOptions } from '../../components/formatting';
import { PageHeader } from '../../components/PageHeader';
import { useReportYear } from '../../components/useReportYear';
import { useRemote } from '../../components/useRemote';
import { useCurrentPark } from '../../park/ParkContext';

/** Hands bytes to the browser as a download. */
function saveFile(blob: Blob, fileName: string) {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.click();
  URL.revokeObjectURL(url);
}

export default function ReportsPage() {
  const park = useCurrentPark();
  const { message } = App.useApp();
  const profile = useRemote((signal) => getPark(park.code, signal), [park.code]);
  const contents = useRemote((signal) => getAnnualReportSections(signal), []);
  const [year, setYear] = useReportYear();
  const [building, setBuilding] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const figureYears = (profile.data?.yearlyFigures ?? []).map((f) => f.year);
  const missing = contents.data?.missing ?? [];

  const build = async () => {
    setBuilding(true);
    setFailure(null);
    try {
      const { blob, fileName } = await buildAnnualReport(park.code, year);
      saveFile(blob, fileName ?? `${park.name}${year}年度生态环境管理自评估报告.docx`);
      message.success(`${year}年度自评估报告已生成`);
    } catch (err) {
      const text = errorMessage(err);
      setFailure(text);
      message.error(`报告生成失败：${text}`);
    } finally {
      setBuilding(false);
    }
  };

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
              <Select aria-label="报告年度" style={{ width: 140 }} value={year} onChange={setYear} options={yearOptions(figureYears)} />
            </Descriptions.Item>
          </Descriptions>
          {figureYears.length > 0 && !figureYears.includes(year) ? (
            <Alert type="info" showIcon message={`园区信息中尚无 ${year} 年的工业总产值和工业增加值，报告中相应数字将留空。`} />
          ) : null}
          {contents.error ? <Alert type="error" showIcon message="读取报告章节失败" description={contents.error} /> : null}
          {missing.length > 0 ? (
            <Alert
              type="warning"
              showIcon
              data-testid="report-missing-sections"
              message={`报告尚不包含以下 ${missing.length} 个章节（平台暂未生成），请在 Word 中补充：`}
              description={
                <ul style={{ margin: 0, paddingLeft: 20 }}>
                  {missing.map((s) => (
                    <li key={s.key} style={{ marginLeft: s.level === 2 ? 16 : 0 }}>
                      {s.heading}
                    </li>
                  ))}
                </ul>
              }
            />
          ) : null}
          {failure ? <Alert type="error" showIcon message="报告生成失败" description={failure} /> : null}
          <Button type="primary" size="large" icon={<FileWordOutlined />} loading={building} onClick={build}>
            {building ? '正在生成报告…' : '生成年度自评估报告（.docx）'}
          </Button>
        </Space>
      </Card>
    </>
  );
}
