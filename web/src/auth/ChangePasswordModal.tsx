import { LockOutlined } from '@ant-design/icons';
import { Alert, Form, Input, Modal, Typography } from 'antd';
import { useState } from 'react';
import { changePassword } from '../api/auth';
import { NewPasswordFields } from '../components/NewPasswordFields';
import { applyServerIssues } from '../components/serverIssues';
import { useAuth } from './AuthContext';

interface Values {
  currentPassword: string;
  password: string;
  confirm: string;
}

/**
 * 修改密码. The server checks the current password and the strength of the new one (its messages go under the
 * fields), then ends every session of the user — so success leads back to 登录.
 */
export function ChangePasswordModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { user, sessionEnded } = useAuth();
  const [form] = Form.useForm<Values>();
  const [busy, setBusy] = useState(false);
  const [other, setOther] = useState<string[]>([]);

  const submit = async () => {
    const v = await form.validateFields();
    setBusy(true);
    setOther([]);
    try {
      await changePassword(v.currentPassword, v.password);
      sessionEnded({ type: 'success', text: '密码已修改，请使用新密码重新登录' });
    } catch (err) {
      setOther(applyServerIssues(form, err, ['currentPassword', 'password']));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      title="修改密码"
      open={open}
      okText="确认修改"
      cancelText="取消"
      confirmLoading={busy}
      onOk={() => void submit().catch(() => undefined)}
      onCancel={onClose}
      afterClose={() => {
        form.resetFields();
        setOther([]);
      }}
      forceRender
      width={460}
    >
      <Typography.Paragraph type="secondary" style={{ marginTop: 4 }}>
        账号 {user.username}。修改后所有已登录的会话（包括本次）都将退出，需要用新密码重新登录。
      </Typography.Paragraph>
      {other.length > 0 ? <Alert type="error" showIcon message={other.join('；')} style={{ marginBottom: 16 }} /> : null}
      <Form<Values> form={form} name="changePassword" layout="vertical" requiredMark={false} onFinish={() => void submit()}>
        <Form.Item name="currentPassword" label="当前密码" rules={[{ required: true, message: '请输入当前密码' }]}>
          <Input.Password prefix={<LockOutlined />} autoComplete="current-password" />
        </Form.Item>
        <NewPasswordFields prefix={<LockOutlined />} />
        <button type="submit" hidden />
      </Form>
    </Modal>
  );
}
