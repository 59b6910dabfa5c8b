import { z } from 'zod';

/** Every error code the API answers with, and the HTTP status it maps to. */
export const errorStatus = {
  validation_failed: 400,
  bad_request: 400,
  unauthenticated: 401,
  invalid_credentials: 401,
  csrf_failed: 403,
  forbidden_origin: 403,
  not_found: 404,
  conflict: 409,
  stale_version: 409,
  payload_too_large: 413,
  unsupported_media_type: 415,
  locked_out: 429,
  rate_limited: 429,
  weak_password: 400,
  internal: 500,
  unavailable: 503,
} as const;

export type ErrorCode = keyof typeof errorStatus;

/** The messages users read, by language. `{name}` placeholders are filled from `params`. */
export const errorMessages: Record<ErrorCode, { 'zh-CN': string; en: string }> = {
  validation_failed: {
    'zh-CN': '输入有误，请检查标出的字段。',
    en: 'Some input is invalid; see the fields listed.',
  },
  bad_request: { 'zh-CN': '请求格式不正确。', en: 'The request is malformed.' },
  unauthenticated: { 'zh-CN': '请先登录。', en: 'Please log in first.' },
  invalid_credentials: { 'zh-CN': '邮箱或密码不正确。', en: 'Wrong email or password.' },
  csrf_failed: {
    'zh-CN': '安全校验失败（CSRF 令牌缺失或无效），请刷新页面后重试。',
    en: 'Security check failed (missing or invalid CSRF token); reload the page and try again.',
  },
  forbidden_origin: { 'zh-CN': '请求来源不被允许。', en: 'The request origin is not allowed.' },
  not_found: { 'zh-CN': '未找到，或您无权访问。', en: 'Not found, or you have no access.' },
  conflict: { 'zh-CN': '与现有数据冲突：{reason}', en: 'Conflicts with existing data: {reason}' },
  stale_version: {
    'zh-CN': '该记录已被他人修改，请刷新后再保存。',
    en: 'Someone else changed this record; reload it before saving.',
  },
  payload_too_large: { 'zh-CN': '提交的内容过大。', en: 'The request body is too large.' },
  unsupported_media_type: { 'zh-CN': '不支持的内容类型。', en: 'Unsupported content type.' },
  locked_out: {
    'zh-CN': '登录失败次数过多，账号已临时锁定，请 {minutes} 分钟后再试。',
    en: 'Too many failed logins: the account is locked for {minutes} minutes.',
  },
  rate_limited: { 'zh-CN': '请求过于频繁，请稍后再试。', en: 'Too many requests; try again later.' },
  weak_password: {
    'zh-CN': '密码不符合要求：{reason}',
    en: 'The password does not meet the policy: {reason}',
  },
  internal: { 'zh-CN': '服务器内部错误，请稍后重试。', en: 'Internal server error; please try again later.' },
  unavailable: { 'zh-CN': '服务暂不可用。', en: 'The service is unavailable.' },
};

/** One field-level problem, in the user's language. */
export const errorDetailSchema = z
  .object({
    path: z.string().describe('Where the problem is, e.g. `body.email` or `rows[3].uscc`'),
    message: z.string(),
    code: z.string().optional(),
  })
  .meta({ id: 'ErrorDetail' });

/** The one error body every endpoint answers with. */
export const errorBodySchema = z
  .object({
    error: z.object({
      code: z.string().describe('Stable machine-readable code'),
      message: z.string().describe('Human-readable message in the language of Accept-Language'),
      details: z.array(errorDetailSchema).optional(),
      requestId: z.string().optional(),
    }),
  })
  .meta({ id: 'ErrorBody' });
export type ErrorBody = z.infer<typeof errorBodySchema>;

/** Fills `{name}` placeholders. */
export function formatMessage(template: string, params: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (m, k: string) => (k in params ? String(params[k]) : m));
}
