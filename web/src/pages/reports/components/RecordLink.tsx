import { EditOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { Link } from 'react-router-dom';
import type { ReportRecordRef } from '../../../../../src/services/reports/reportModelSchema';

/** The page that keeps each kind of record (an enterprise and a station have their own page, see below). */
const PAGE_OF: Partial<Record<ReportRecordRef['entity'], string>> = {
  park: '/park',
  parkApproval: '/park',
  parkYearlyFigure: '/park',
  monitoringPlanItem: '/monitoring/plan',
  monitoringPoint: '/monitoring/points',
  labSample: '/monitoring/lab-results',
  monitoringFigure: '/monitoring/air',
  pollutantQuota: '/registers/quotas',
  emissionRecord: '/registers/quotas',
  managementFacts: '/registers/facts',
  requirementSource: '/registers/requirements',
  requirement: '/registers/requirements',
  requirementImplementation: '/registers/requirements',
  creditItemScore: '/registers/credit',
  parkHonour: '/registers/credit',
};

/**
 * A record a figure counted or a finding names, as a link to where it is kept: an enterprise to its file, a
 * station to its page, the park's data and the registers to their pages, a written paragraph to its editor (when
 * `onOpenText` is given).
 */
export function RecordLink({ record, onOpenText }: { record: ReportRecordRef; onOpenText?: (key: string) => void }) {
  switch (record.entity) {
    case 'enterprise':
      return <Link to={`/enterprises/${record.id}`}>{record.label}</Link>;
    case 'station':
      return <Link to={`/monitoring/stations/${record.id}`}>{record.label}</Link>;
    case 'reportText':
      return onOpenText ? (
        <Button type="link" size="small" icon={<EditOutlined />} style={{ padding: 0, height: 'auto' }} onClick={() => onOpenText(String(record.id))}>
          {record.label}
        </Button>
      ) : (
        <span>{record.label}</span>
      );
    default: {
      const page = PAGE_OF[record.entity];
      return page ? <Link to={page}>{record.label}</Link> : <span>{record.label}</span>;
    }
  }
}
