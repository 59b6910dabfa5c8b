import { z } from 'zod';
import { checkMessagesZh, errorMessages, formatMessage, type ErrorCode, type Lang } from '@huahe/contracts';

const locales = { 'zh-CN': z.locales.zhCN(), en: z.locales.en() };

/** Picks zh-CN or en from an Accept-Language header (zh-CN is the default). */
export function langFromHeader(header: string | undefined): Lang {
  if (!header) return 'zh-CN';
  const first = header
    .split(',')
    .map((part) => {
      const [tag = '', q] = part.trim().split(';q=');
      return { tag: tag.toLowerCase(), q: q === undefined ? 1 : Number(q) || 0 };
    })
    .filter((p) => p.tag.startsWith('zh') || p.tag.startsWith('en'))
    .sort((a, b) => b.q - a.q)[0];
  return first?.tag.startsWith('en') ? 'en' : 'zh-CN';
}

/**
 * A name kept in both languages (organisations, consortia, agreement parties) in the caller's
 * language: the English one when the caller reads English and one is recorded, else the Chinese.
 */
export function nameIn(lang: Lang, zh: string, en?: string | null): string {
  return lang === 'en' && en?.trim() ? en : zh;
}

/** The message of an error code in the user's language. */
export function messageOf(code: ErrorCode, lang: Lang, params?: Record<string, string | number>): string {
  return formatMessage(errorMessages[code][lang], params);
}

interface IssueLike {
  code?: string;
  path?: PropertyKey[];
  message?: string;
  params?: Record<string, unknown>;
  [k: string]: unknown;
}

/** One Zod issue as a message in the user's language; custom issues carry their own zh/en text in params. */
export function localiseIssue(issue: IssueLike, lang: Lang): string {
  // Custom issues carry their reason in both languages: params.reason = { code, zh, en }.
  const reason = issue.params?.reason as { zh?: unknown; en?: unknown } | undefined;
  const text = lang === 'en' ? reason?.en : reason?.zh;
  if (typeof text === 'string') return text;
  // A schema's own message for its check, translated here since schemas are language-neutral.
  if (issue.message && issue.message in checkMessagesZh)
    return lang === 'en' ? issue.message : checkMessagesZh[issue.message]!;
  if (issue.code === 'custom') return issue.message ?? '';
  // An empty required text: say so plainly rather than "too small: expected string to have >=1 characters".
  if (issue.code === 'too_small' && issue.origin === 'string' && issue.minimum === 1) {
    return lang === 'en' ? 'must not be empty' : '不能为空';
  }
  const out = locales[lang].localeError(issue as never);
  const message = typeof out === 'string' ? out : (out?.message ?? issue.message ?? '');
  // Issues reach us without the input, so the locale's "received undefined" would mislead.
  return message.replace(/[,，]\s*(实际接收|received)\s+undefined$/, '');
}

/** A Zod path as `a.b[2].c`. */
export function pathString(prefix: string, path: readonly PropertyKey[] = []): string {
  return path.reduce<string>(
    (acc, seg) => (typeof seg === 'number' ? `${acc}[${seg}]` : acc ? `${acc}.${String(seg)}` : String(seg)),
    prefix,
  );
}
