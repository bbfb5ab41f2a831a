import { Result } from 'antd';
import { Navigate } from 'react-router-dom';
import { useAccess } from '../../access';

/** 本企业档案: an enterprise user's own file. */
export default function MyEnterprise() {
  const { ownEnterpriseId } = useAccess();
  if (ownEnterpriseId === null) return <Result status="warning" title="账号未关联企业" subTitle="请联系管理员为您的账号关联企业" />;
  return <Navigate to={`/enterprises/${ownEnterpriseId}`} replace />;
}
