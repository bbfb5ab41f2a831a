import type { FormInstance } from 'antd';
import { ApiError } from '../api/client';

/**
 * Puts the messages of a server error under the form fields they name (`issues[].field`, first path segment), e.g.
 * the password strength rules under 新密码. `alsoOn` maps other codes to a field (409 CONFLICT on a user name).
 * Returns the messages no field of the form took, for the caller to show elsewhere.
 */
export function applyServerIssues<T>(
  form: FormInstance<T>,
  err: unknown,
  fields: readonly string[],
  alsoOn: Partial<Record<string, string>> = {},
): string[] {
  if (!(err instanceof ApiError)) return [err instanceof Error ? err.message : '操作失败'];
  const byField = new Map<string, string[]>();
  const rest: string[] = [];
  for (const issue of err.issues) {
    const field = 'field' in issue && typeof issue.field === 'string' ? issue.field.split('.')[0] : null;
    if (field && fields.includes(field)) byField.set(field, [...(byField.get(field) ?? []), issue.message]);
    else rest.push(issue.message);
  }
  const codeField = alsoOn[err.code];
  if (byField.size === 0 && codeField && fields.includes(codeField)) byField.set(codeField, [err.message]);
  if (byField.size === 0 && rest.length === 0) rest.push(err.message);
  form.setFields([...byField].map(([name, errors]) => ({ name: name as never, errors })));
  return rest;
}
