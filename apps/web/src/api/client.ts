import type { ErrorBody, pageOf } from '@huahe/contracts';
import type { z } from 'zod';
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
  const res = await send(
    method,
    path,
    body === undefined ? undefined : JSON.stringify(body),
    'application/json',
  );
  const text = await res.text();
  const data = text ? (JSON.parse(text) as unknown) : undefined;
  if (!res.ok) throw toApiError(res.status, data);
  return data as T;
}

function headersFor(method: string, contentType?: string): Record<string, string> {
  const headers: Record<string, string> = { 'accept-language': i18n.language === 'en' ? 'en' : 'zh-CN' };
  if (contentType) headers['content-type'] = contentType;
  if (method !== 'GET' && csrfToken) headers['x-csrf-token'] = csrfToken;
  return headers;
}

async function send(method: string, path: string, body?: BodyInit, contentType?: string): Promise<Response> {
  try {
    return await fetch(path, {
      method,
      headers: headersFor(method, body === undefined ? undefined : contentType),
      credentials: 'same-origin',
      body,
    });
  } catch {
    throw new ApiError(0, 'network', i18n.t('errors.network'));
  }
}

function toApiError(status: number, data: unknown): ApiError {
  const e = (data as ErrorBody | undefined)?.error;
  return new ApiError(
    status,
    e?.code ?? 'unknown',
    e?.message ?? i18n.t('errors.unknown'),
    e?.details ?? [],
    e?.requestId,
  );
}

async function errorOf(res: Response): Promise<ApiError> {
  const text = await res.text();
  let data: unknown;
  try {
    data = text ? JSON.parse(text) : undefined;
  } catch {
    data = undefined;
  }
  return toApiError(res.status, data);
}

/** The MIME type of .xlsx files, sent as the raw body of imports. */
export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The file name a response suggests (RFC 5987 `filename*` first), else the fallback. */
function fileNameOf(res: Response, fallback: string): string {
  const cd = res.headers.get('content-disposition') ?? '';
  const star = /filename\*=(?:UTF-8'')?([^;]+)/i.exec(cd)?.[1];
  if (star) {
    try {
      return decodeURIComponent(star.trim().replace(/^"|"$/g, ''));
    } catch {
      // Malformed encoding: fall through to the plain name.
    }
  }
  return /filename="?([^";]+)"?/i.exec(cd)?.[1] ?? fallback;
}

/** Hands a response body to the browser as a file download. */
async function saveResponse(res: Response, fallbackName: string): Promise<void> {
  const blob = await res.blob();
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileNameOf(res, fallbackName);
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Downloads a file the API serves (exports, templates) under the name the server suggests. */
export async function download(path: string, fallbackName: string): Promise<void> {
  const res = await send('GET', path);
  if (!res.ok) throw await errorOf(res);
  await saveResponse(res, fallbackName);
}

/** Sends a spreadsheet as the raw request body and returns the JSON answer. */
export async function uploadXlsx<T>(path: string, file: Blob): Promise<T> {
  const res = await send('POST', path, file, XLSX_TYPE);
  if (!res.ok) throw await errorOf(res);
  const text = await res.text();
  return (text ? JSON.parse(text) : undefined) as T;
}

/** Sends a spreadsheet and downloads the file the API answers with (an annotated error report). */
export async function uploadXlsxForFile(path: string, file: Blob, fallbackName: string): Promise<void> {
  const res = await send('POST', path, file, XLSX_TYPE);
  if (!res.ok) throw await errorOf(res);
  await saveResponse(res, fallbackName);
}

/** Shorthands. */
export const get = <T>(path: string) => api<T>('GET', path);
export const post = <T>(path: string, body: unknown = {}) => api<T>('POST', path, body);
export const put = <T>(path: string, body: unknown) => api<T>('PUT', path, body);
export const patch = <T>(path: string, body: unknown) => api<T>('PATCH', path, body);
export const del = <T>(path: string) => api<T>('DELETE', path);

/** One page of a list answer (`pageOf` in the contracts). */
export type Page<T> = z.infer<ReturnType<typeof pageOf<z.ZodType<T>>>>;

/** A query string from defined values. */
export function qs(params: Record<string, string | number | boolean | undefined | null>): string {
  const p = new URLSearchParams();
  for (const [k, v] of Object.entries(params))
    if (v !== undefined && v !== null && v !== '') p.set(k, String(v));
  const s = p.toString();
  return s ? `?${s}` : '';
}
