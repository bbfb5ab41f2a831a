import { EditOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { Link } from 'react-router-dom';
import type { ReportRecordRef } from '../../../../../src/services/reports/reportModelSchema';

/**
 * A record a figure counted or a finding names, as a link to where it is kept: an enterprise to its file, the
 * park's own data to 园区信息, a written paragraph to its editor (when `onOpenText` is given).
 */
export function RecordLink({ record, onOpenText }: { record: ReportRecordRef; onOpenText?: (key: string) => void }) {
  switch (record.entity) {
    case 'enterprise':
      return <Link to={`/enterprises/${record.id}`}>{record.label}</Link>;
    case 'park':
    case 'parkApproval':
    case 'parkYearlyFigure':
      return <Link to="/park">{record.label}</Link>;
    case 'reportText':
      return onOpenText ? (
        <Button type="link" size="small" icon={<EditOutlined />} style={{ padding: 0, height: 'auto' }} onClick={() => onOpenText(String(record.id))}>
          {record.label}
        </Button>
      ) : (
        <span>{record.label}</span>
      );
  }
}
