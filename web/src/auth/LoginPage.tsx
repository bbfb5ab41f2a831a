import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Form, Input, Typography } from 'antd';
import { useState } from 'react';
import { login, type CurrentUser } from '../api/auth';
import { errorMessage } from '../api/client';
import { PASSWORD_MAX_LENGTH, PASSWORD_TOO_LONG } from '../../../src/domain/auth/passwordStrength';

/** A message above the form: why the user is here (password changed, session expired, server unreachable). */
export interface LoginNotice {
  type: 'success' | 'info' | 'warning' | 'error';
  text: string;
}

interface Values {
  username: string;
  password: string;
}

export const LOGIN_BACKGROUND = 'linear-gradient(160deg, #e6f4ff 0%, #f6ffed 100%)';

/** 登录: the only page shown without a session. */
export function LoginPage({ notice, onSignedIn }: { notice: LoginNotice | null; onSignedIn: (u: CurrentUser) => void }) {
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const onFinish = async ({ username, password }: Values) => {
    setBusy(true);
    setError(null);
    try {
      const s = await login(username.trim(), password);
      onSignedIn(s.user);
    } catch (err) {
      setError(errorMessage(err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div
      style={{
        minHeight: '100vh',
        display: 'flex',
        alignItems: 'center',
        justifyContent: 'center',
        background: LOGIN_BACKGROUND,
        padding: 24,
      }}
    >
      <Card style={{ width: 400, boxShadow: '0 8px 24px rgba(0, 0, 0, 0.08)' }} styles={{ body: { padding: '36px 36px 20px' } }}>
        <div style={{ textAlign: 'center', marginBottom: 28 }}>
          <img src="/favicon.svg" alt="" width={48} height={48} />
          <Typography.Title level={3} style={{ margin: '12px 0 4px' }}>
            园区生态环境管理平台
          </Typography.Title>
          <Typography.Text type="secondary">请使用本平台账号登录</Typography.Text>
        </div>
        {error ? (
          <Alert type="error" showIcon message={error} style={{ marginBottom: 20 }} />
        ) : notice ? (
          <Alert type={notice.type} showIcon message={notice.text} style={{ marginBottom: 20 }} />
        ) : null}
        <Form<Values> layout="vertical" size="large" onFinish={onFinish} requiredMark={false}>
          <Form.Item name="username" label="用户名" rules={[{ required: true, whitespace: true, message: '请输入用户名' }]}>
            <Input prefix={<UserOutlined />} autoComplete="username" autoFocus />
          </Form.Item>
          <Form.Item name="password" label="密码" rules={[{ required: true, message: '请输入密码' }, { max: PASSWORD_MAX_LENGTH, message: PASSWORD_TOO_LONG }]}>
            <Input.Password prefix={<LockOutlined />} autoComplete="current-password" />
          </Form.Item>
          <Form.Item>
            <Button type="primary" htmlType="submit" block loading={busy}>
              登录
            </Button>
          </Form.Item>
        </Form>
      </Card>
    </div>
  );
}
