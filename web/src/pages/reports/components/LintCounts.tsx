import { CheckCircleOutlined, CloseCircleOutlined, ExclamationCircleOutlined, LoadingOutlined } from '@ant-design/icons';
import { Tag, Tooltip } from 'antd';
import type { LintReport } from '../../../../../src/services/reports/lintReportSchema';
import type { Remote } from '../../../components/useRemote';

/** The report check's result in a few words: 3 个错误 · 2 处需核实, or 检查通过. */
export function LintCounts({ lint }: { lint: Remote<LintReport> }) {
  if (lint.loading && !lint.data) {
    return (
      <Tag icon={<LoadingOutlined />} color="default">
        正在检查
      </Tag>
    );
  }
  if (!lint.data) {
    return (
      <Tooltip title={lint.error}>
        <Tag color="default">报告检查未完成</Tag>
      </Tooltip>
    );
  }
  const { errors, warnings } = lint.data;
  if (errors === 0 && warnings === 0) {
    return (
      <Tag icon={<CheckCircleOutlined />} color="success">
        检查通过
      </Tag>
    );
  }
  return (
    <span data-testid="lint-counts">
      {errors > 0 ? (
        <Tag icon={<CloseCircleOutlined />} color="error">
          {errors} 个错误
        </Tag>
      ) : null}
      {warnings > 0 ? (
        <Tag icon={<ExclamationCircleOutlined />} color="warning">
          {warnings} 处需核实
        </Tag>
      ) : null}
    </span>
  );
}
