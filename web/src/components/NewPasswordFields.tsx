import { Form, Input } from 'antd';
import type { ReactNode } from 'react';
import { PASSWORD_MAX_LENGTH, PASSWORD_RULE_HINT, PASSWORD_TOO_LONG } from '../../../src/domain/auth/passwordStrength';

/** The server's password rule (src/domain/auth/passwordStrength.ts), as a hint under the field. */
export { PASSWORD_RULE_HINT };

/**
 * 新密码 and 确认新密码, with the rule as a hint and a check that both match. Form field names: password, confirm.
 * The length limit is checked here too; the other rules only on the server, whose messages go under the field.
 */
export function NewPasswordFields({ prefix }: { prefix?: ReactNode }) {
  return (
    <>
      <Form.Item
        name="password"
        label="新密码"
        extra={PASSWORD_RULE_HINT}
        rules={[
          { required: true, message: '请输入新密码' },
          { max: PASSWORD_MAX_LENGTH, message: PASSWORD_TOO_LONG },
        ]}
      >
        <Input.Password prefix={prefix} autoComplete="new-password" />
      </Form.Item>
      <Form.Item
        name="confirm"
        label="确认新密码"
        dependencies={['password']}
        rules={[
          { required: true, message: '请再次输入新密码' },
          ({ getFieldValue }) => ({
            validator: (_, value: string | undefined) =>
              !value || value === getFieldValue('password') ? Promise.resolve() : Promise.reject(new Error('两次输入的新密码不一致')),
          }),
        ]}
      >
        <Input.Password prefix={prefix} autoComplete="new-password" />
      </Form.Item>
    </>
  );
}
