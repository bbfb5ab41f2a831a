import { Button, Result } from 'antd';
import { Link } from 'react-router-dom';
import { useAccess } from '../access';

/** 403 for a page this role may not open; says what the role may do instead. */
export function Forbidden({ title = '无权访问此页面', reason }: { title?: string; reason?: string }) {
  const access = useAccess();
  const why =
    reason ??
    (access.isReviewer
      ? '生态环境局用户可以查看辖区内园区的数据，但不能修改。'
      : access.isEnterpriseUser
        ? '企业用户只能查看和修改本企业档案。'
        : '您的账号没有访问此页面的权限，如有需要请联系管理员。');
  return (
    <Result
      status="403"
      title={title}
      subTitle={why}
      extra={
        <Link to={access.homePath}>
          <Button type="primary">{access.isEnterpriseUser ? '返回本企业档案' : '返回首页'}</Button>
        </Link>
      }
    />
  );
}
