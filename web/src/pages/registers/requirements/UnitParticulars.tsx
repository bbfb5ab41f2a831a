import { Descriptions, Typography } from 'antd';
import type { SourceView } from '../../../api/requirements';

/** Text as the list words it, its line breaks kept. */
const Lines = ({ text }: { text: string }) => <span style={{ whiteSpace: 'pre-line' }}>{text || '—'}</span>;

/** A source's document: 文件, 文号, 印发日期, 印发机关. */
export function SourceDescriptions({ source }: { source: SourceView }) {
  return (
    <Descriptions size="small" column={{ xs: 1, md: 2, xl: 4 }} style={{ marginBottom: 12 }}>
      <Descriptions.Item label="类型">{source.kindLabel}</Descriptions.Item>
      <Descriptions.Item label="文件">{source.title}</Descriptions.Item>
      <Descriptions.Item label="文号">{source.documentNumber ?? '—'}</Descriptions.Item>
      <Descriptions.Item label="印发">
        {[source.issued, source.authority].filter(Boolean).join(' ') || '—'}
      </Descriptions.Item>
    </Descriptions>
  );
}

/** 环境管控单元: the particulars of table 4 as a descriptions card. */
export function UnitParticulars({ unit }: { unit: NonNullable<SourceView['unit']> }) {
  return (
    <Descriptions
      bordered
      size="small"
      column={{ xs: 1, md: 2, xl: 3 }}
      title={<Typography.Text strong>环境管控单元 {unit.code}</Typography.Text>}
      style={{ marginBottom: 16 }}
    >
      <Descriptions.Item label="环境管控单元编码">{unit.code}</Descriptions.Item>
      <Descriptions.Item label="单元名称">{unit.name}</Descriptions.Item>
      <Descriptions.Item label="行政区划">
        {unit.division.province} {unit.division.city} {unit.division.county}
      </Descriptions.Item>
      <Descriptions.Item label="单元分类">{unit.class}</Descriptions.Item>
      <Descriptions.Item label="单元面积（km²）">
        <Lines text={unit.areaText} />
      </Descriptions.Item>
      <Descriptions.Item label="涉及乡镇（街道）">{unit.towns.join('、') || '—'}</Descriptions.Item>
      <Descriptions.Item label="区域主体功能定位" span={{ xs: 1, md: 2, xl: 3 }}>
        <Lines text={unit.mainFunctions} />
      </Descriptions.Item>
      <Descriptions.Item label="主导产业" span={{ xs: 1, md: 2, xl: 3 }}>
        <Lines text={unit.leadingIndustries} />
      </Descriptions.Item>
      <Descriptions.Item label="重要敏感目标" span={{ xs: 1, md: 2, xl: 2 }}>
        <Lines text={unit.sensitiveTargets} />
      </Descriptions.Item>
      <Descriptions.Item label="主要环境问题">
        <Lines text={unit.mainProblems} />
      </Descriptions.Item>
    </Descriptions>
  );
}
