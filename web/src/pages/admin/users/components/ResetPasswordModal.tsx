import { Alert, App, Form, Modal, Typography } from 'antd';
import { useState } from 'react';
import { resetUserPassword, type UserView } from '../../../../api/users';
import { NewPasswordFields } from '../../../../components/NewPasswordFields';
import { applyServerIssues } from '../../../../components/serverIssues';

interface Values {
  password: string;
  confirm: string;
}

/** 重置密码: the administrator sets a new password; the user's sessions end. */
export function ResetPasswordModal({ user, onClose }: { user: UserView | null; onClose: () => void }) {
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [busy, setBusy] = useState(false);
  const [other, setOther] = useState<string[]>([]);

  const submit = async () => {
    if (!user) return;
    const v = await form.validateFields();
    setBusy(true);
    setOther([]);
    try {
      await resetUserPassword(user.id, v.password);
      message.success(`已重置 ${user.displayName} 的密码，其已登录的会话均已退出`);
      onClose();
    } catch (err) {
      setOther(applyServerIssues(form, err, ['password']));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      title="重置密码"
      open={user !== null}
      okText="重置"
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
        为 {user?.displayName}（{user?.username}）设置新密码。重置后该用户已登录的会话都将退出。
      </Typography.Paragraph>
      {other.length > 0 ? <Alert type="error" showIcon message={other.join('；')} style={{ marginBottom: 16 }} /> : null}
      <Form<Values> form={form} name="resetPassword" layout="vertical" requiredMark={false}>
        <NewPasswordFields />
      </Form>
    </Modal>
  );
}
