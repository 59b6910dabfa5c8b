import type { ErrorCode } from '@huahe/contracts';

/** A field-level problem; `message` may be a per-language pair resolved by the error handler. */
export interface AppErrorDetail {
  path: string;
  message: string | { 'zh-CN': string; en: string };
  code?: string;
}

/** The one error type services throw; the error handler maps `code` to an HTTP status and a message. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly params: Record<string, string | number> = {},
    readonly details: AppErrorDetail[] = [],
  ) {
    super(code);
    this.name = 'AppError';
  }
}

/** "Not found or no access": the same answer for both, so ids cannot be probed. */
export const notFound = () => new AppError('not_found');
