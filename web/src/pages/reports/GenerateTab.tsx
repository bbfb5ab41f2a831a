import { FileWordOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Descriptions, Space, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import type { LintReport } from '../../../../src/services/reports/lintReportSchema';
import { errorMessage } from '../../api/client';
import { buildAnnualReport, getAnnualReportSections } from '../../api/reports';
import type { Remote } from '../../components/useRemote';
import { useRemote } from '../../components/useRemote';
import { useCurrentPark } from '../../park/ParkContext';
import { LintCounts } from './components/LintCounts';

/** Hands bytes to the browser as a download. */
function saveFile(blob: Blob, fileName: string) {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.click();
  URL.revokeObjectURL(url);
}

interface Props {
  year: number;
  /** Years the park has economic figures for; null while they load. */
  figureYears: number[] | null;
  lint: Remote<LintReport>;
}

/** 生成报告: the Word file of the year's report, what it leaves out, and how its check came out. */
export default function GenerateTab({ year, figureYears, lint }: Props) {
  const park = useCurrentPark();
  const { message } = App.useApp();
  const contents = useRemote((signal) => getAnnualReportSections(signal), []);
  const [building, setBuilding] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const missing = contents.data?.missing ?? [];
  const partial = contents.data?.sections.filter((s) => s.produced && s.partial) ?? [];

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
    <Card title="园区生态环境管理年度自评估报告" style={{ maxWidth: 880 }}>
      <Space direction="vertical" size={16} style={{ width: '100%' }}>
        <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }}>
          报告按年度自评估报告的章节结构生成 Word 文档（.docx），其中园区概况、企业环评与验收、应急预案备案、排污许可等统计数字均由企业档案（一企一档）计算得出。生成前请先核对企业档案，并在“报告检查”中查看文中数字是否一致。
        </Typography.Paragraph>
        <Descriptions size="small" column={1} bordered>
          <Descriptions.Item label="园区">{park.name}</Descriptions.Item>
          <Descriptions.Item label="报告年度">{year}年</Descriptions.Item>
        </Descriptions>
        {figureYears && figureYears.length > 0 && !figureYears.includes(year) ? (
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
        {partial.length > 0 ? (
          <Alert
            type="info"
            showIcon
            data-testid="report-partial-sections"
            message={`以下 ${partial.length} 个章节由平台生成其中的监测等内容，其余内容请在 Word 中补充：`}
            description={
              <ul style={{ margin: 0, paddingLeft: 20 }}>
                {partial.map((s) => (
                  <li key={s.key}>
                    {s.heading}：{s.partial}
                  </li>
                ))}
              </ul>
            }
          />
        ) : null}
        {failure ? <Alert type="error" showIcon message="报告生成失败" description={failure} /> : null}
        <Space size={12} wrap>
          <Button type="primary" size="large" icon={<FileWordOutlined />} loading={building} onClick={build}>
            {building ? '正在生成报告…' : '生成年度自评估报告（.docx）'}
          </Button>
          <Link to="/reports/lint">
            <LintCounts lint={lint} />
          </Link>
        </Space>
        {lint.data && lint.data.errors > 0 ? (
          <Typography.Text type="secondary">报告检查发现的问题不影响生成，Word 文档照常生成；建议先修正后再报送。</Typography.Text>
        ) : null}
      </Space>
    </Card>
  );
}
