import { LockOutlined } from '@ant-design/icons';
import { Alert, Button, Form, Input, Modal, Typography } from 'antd';
import { useState } from 'react';
import { changePassword } from '../api/auth';
import { NewPasswordFields } from '../components/NewPasswordFields';
import { applyServerIssues } from '../components/serverIssues';
import { useAuth } from './authState';

interface Values {
  currentPassword: string;
  password: string;
  confirm: string;
}

/**
 * 修改密码. The server checks the current password and the strength of the new one (its messages go under the
 * fields), then ends every session of the user. Chosen from the user menu, success leads back to 登录; `required`
 * (a password someone else set, at first login) it cannot be closed — only 退出登录 leaves it — and success goes
 * on into the app.
 */
export function ChangePasswordModal({ open, onClose, required = false }: { open: boolean; onClose: () => void; required?: boolean }) {
  const { user, passwordChanged, logout } = useAuth();
  const [form] = Form.useForm<Values>();
  const [busy, setBusy] = useState(false);
  const [other, setOther] = useState<string[]>([]);

  const submit = async () => {
    const v = await form.validateFields();
    setBusy(true);
    setOther([]);
    try {
      await changePassword(v.currentPassword, v.password);
      await passwordChanged(v.password);
    } catch (err) {
      setOther(applyServerIssues(form, err, ['currentPassword', 'password']));
    } finally {
      setBusy(false);
    }
  };
  const onOk = () => void submit().catch(() => undefined);

  return (
    <Modal
      title={required ? '首次登录，请修改密码' : '修改密码'}
      open={open}
      okText="确认修改"
      cancelText="取消"
      confirmLoading={busy}
      onOk={onOk}
      onCancel={onClose}
      afterClose={() => {
        form.resetFields();
        setOther([]);
      }}
      {...(required
        ? {
            closable: false,
            maskClosable: false,
            keyboard: false,
            footer: [
              <Button key="logout" onClick={() => void logout()}>
                退出登录
              </Button>,
              <Button key="ok" type="primary" loading={busy} onClick={onOk}>
                确认修改
              </Button>,
            ],
          }
        : {})}
      forceRender
      width={460}
    >
      <Typography.Paragraph type="secondary" style={{ marginTop: 4 }}>
        {required
          ? `账号 ${user.username} 的密码是一次性密码或由管理员设置，请改为只有您自己知道的密码后再使用平台。`
          : `账号 ${user.username}。修改后所有已登录的会话（包括本次）都将退出，需要用新密码重新登录。`}
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
