/**
 * The one fetch wrapper of the web UI. Every non-2xx answer becomes an {@link ApiError} carrying the error body's
 * `code`, `message` and `issues` (docs/API.md "Errors"); network failures become code `NETWORK`.
 */
import type { ApiIssue, ErrorBody, ErrorCode } from './types';

/** Dispatched on `window` when an API call answers 401. */
export const UNAUTHENTICATED_EVENT = 'parkeco:unauthenticated';

export class ApiError extends Error {
  readonly code: ErrorCode | 'NETWORK';
  readonly status: number;
  readonly issues: ApiIssue[];

  constructor(code: ErrorCode | 'NETWORK', message: string, status: number, issues: ApiIssue[] = []) {
    super(message);
    this.name = 'ApiError';
    this.code = code;
    this.status = status;
    this.issues = issues;
  }
}

const FALLBACK_MESSAGES: Record<number, string> = {
  400: '请求有误',
  401: '请先登录',
  403: '没有权限执行此操作',
  404: '未找到要访问的数据',
  409: '数据已被修改或与现有数据冲突',
  413: '上传的文件过大',
  500: '服务器内部错误，请稍后重试',
  502: '服务器暂时无法访问',
  503: '服务暂不可用，请稍后重试',
};

function isErrorBody(v: unknown): v is ErrorBody {
  if (typeof v !== 'object' || v === null || !('error' in v)) return false;
  const e = (v as { error: unknown }).error;
  return typeof e === 'object' && e !== null && typeof (e as { message?: unknown }).message === 'string';
}

/** The server's double-submit CSRF token, when it sets one (cookie `parkeco_csrf`), echoed on every write. */
function csrfToken(): string | null {
  const m = document.cookie.match(/(?:^|;\s*)parkeco_csrf=([^;]+)/);
  return m ? decodeURIComponent(m[1]) : null;
}

function statusCode(status: number): ErrorCode {
  if (status === 401) return 'UNAUTHENTICATED';
  if (status === 403) return 'FORBIDDEN';
  if (status === 404) return 'NOT_FOUND';
  if (status === 409) return 'CONFLICT';
  if (status >= 500) return 'INTERNAL';
  return 'BAD_REQUEST';
}

async function toApiError(res: Response): Promise<ApiError> {
  let body: unknown = null;
  try {
    body = await res.json();
  } catch {
    // not JSON (a proxy error page, for example)
  }
  if (isErrorBody(body)) {
    const { code, message, issues } = body.error;
    return new ApiError(code ?? statusCode(res.status), message, res.status, Array.isArray(issues) ? issues : []);
  }
  return new ApiError(statusCode(res.status), FALLBACK_MESSAGES[res.status] ?? `请求失败（HTTP ${res.status}）`, res.status);
}

export interface RequestOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'DELETE';
  /** JSON-serialised unless it is a Blob/ArrayBuffer (sent as is with `contentType`). */
  body?: unknown;
  contentType?: string;
  query?: Record<string, string | number | undefined | null>;
  signal?: AbortSignal;
}

/** Builds `/api/...` with the query parameters that are set. */
export function apiUrl(path: string, query?: RequestOptions['query']): string {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(query ?? {})) {
    if (v !== undefined && v !== null && v !== '') params.set(k, String(v));
  }
  const qs = params.toString();
  return `/api${path}${qs ? `?${qs}` : ''}`;
}

/** Calls the API and returns the parsed JSON (or undefined for 204). The caller states the expected type. */
export async function request<T>(path: string, opts: RequestOptions = {}): Promise<T> {
  const headers: Record<string, string> = { Accept: 'application/json' };
  let body: BodyInit | undefined;
  if (opts.body instanceof Blob || opts.body instanceof ArrayBuffer) {
    body = opts.body;
    headers['Content-Type'] = opts.contentType ?? 'application/octet-stream';
  } else if (opts.body !== undefined) {
    body = JSON.stringify(opts.body);
    headers['Content-Type'] = 'application/json';
  }
  const method = opts.method ?? 'GET';
  const csrf = method === 'GET' ? null : csrfToken();
  if (csrf) headers['x-csrf-token'] = csrf;
  let res: Response;
  try {
    res = await fetch(apiUrl(path, opts.query), { method, headers, body, signal: opts.signal });
  } catch (err) {
    if (err instanceof DOMException && err.name === 'AbortError') throw err;
    throw new ApiError('NETWORK', '无法连接服务器，请检查网络后重试', 0);
  }
  if (!res.ok) {
    const err = await toApiError(res);
    // The session ended (expired, or signed out elsewhere): the app shows the sign-in page.
    if (res.status === 401 && path !== '/auth/login' && path !== '/auth/me') {
      window.dispatchEvent(new Event(UNAUTHENTICATED_EVENT));
    }
    throw err;
  }
  if (res.status === 204) return undefined as T;
  const text = await res.text();
  return (text ? JSON.parse(text) : undefined) as T;
}

/** Fetches a file (a GET), with the server's error message on failure, and the file name it gives. */
export async function requestFile(path: string, query?: RequestOptions['query']): Promise<{ blob: Blob; fileName: string | null }> {
  let res: Response;
  try {
    res = await fetch(apiUrl(path, query));
  } catch {
    throw new ApiError('NETWORK', '无法连接服务器，请检查网络后重试', 0);
  }
  if (!res.ok) {
    if (res.status === 401) window.dispatchEvent(new Event(UNAUTHENTICATED_EVENT));
    throw await toApiError(res);
  }
  const m = /filename\*=UTF-8''([^;]+)/.exec(res.headers.get('content-disposition') ?? '');
  return { blob: await res.blob(), fileName: m ? decodeURIComponent(m[1]) : null };
}

/** The Chinese message to show for any error thrown by a request. */
export function errorMessage(err: unknown): string {
  if (err instanceof ApiError) return err.message;
  if (err instanceof Error) return err.message;
  return '操作失败';
}
