import type { ErrorBody } from '@huahe/contracts';
import i18n from '../app/i18n';

/** An error answered by the API, with its stable code and field-level details. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details: { path: string; message: string; code?: string }[] = [],
    readonly requestId?: string,
  ) {
    super(message);
  }
}

let csrfToken: string | null = null;

/** Remembers the CSRF token of the session, sent back on every write. */
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

/** Calls the API with the session cookie, the user's language and the CSRF token on writes. */
export async function api<T>(
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE',
  path: string,
  body?: unknown,
): Promise<T> {
  const headers: Record<string, string> = { 'accept-language': i18n.language === 'en' ? 'en' : 'zh-CN' };
  if (body !== undefined) headers['content-type'] = 'application/json';
  if (method !== 'GET' && csrfToken) headers['x-csrf-token'] = csrfToken;
  let res: Response;
  try {
    res = await fetch(path, {
      method,
      headers,
      credentials: 'same-origin',
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch {
    throw new ApiError(0, 'network', i18n.t('errors.network'));
  }
  const text = await res.text();
  const data = text ? (JSON.parse(text) as unknown) : undefined;
  if (!res.ok) {
    const e = (data as ErrorBody | undefined)?.error;
    throw new ApiError(
      res.status,
      e?.code ?? 'unknown',
      e?.message ?? i18n.t('errors.unknown'),
      e?.details ?? [],
      e?.requestId,
    );
  }
  return data as T;
}

/** Shorthands. */
export const get = <T>(path: string) => api<T>('GET', path);
export const post = <T>(path: string, body: unknown = {}) => api<T>('POST', path, body);
export const put = <T>(path: string, body: unknown) => api<T>('PUT', path, body);
export const patch = <T>(path: string, body: unknown) => api<T>('PATCH', path, body);
export const del = <T>(path: string) => api<T>('DELETE', path);

/** A query string from defined values. */
export function qs(params: Record<string, string | number | boolean | undefined | null>): string {
  const p = new URLSearchParams();
  for (const [k, v] of Object.entries(params))
    if (v !== undefined && v !== null && v !== '') p.set(k, String(v));
  const s = p.toString();
  return s ? `?${s}` : '';
}
