import { App, type FormInstance } from 'antd';
import { ApiError } from '../api/client';
import i18n from '../app/i18n';

/**
 * Shows an API error on a form: each `body.field` detail on its field, anything else as a
 * message. Returns true when at least one field got its error.
 */
export function applyFieldErrors(
  form: FormInstance,
  err: unknown,
  message: { error: (text: string) => unknown },
  pathPrefix = 'body.',
): boolean {
  if (!(err instanceof ApiError)) {
    message.error(err instanceof Error ? err.message : String(err));
    return false;
  }
  const byField = new Map<string, string[]>();
  for (const d of err.details) {
    if (!d.path.startsWith(pathPrefix)) continue;
    const name = d.path.slice(pathPrefix.length);
    byField.set(name, [...(byField.get(name) ?? []), d.message]);
  }
  if (byField.size === 0) {
    message.error(err.message);
    return false;
  }
  form.setFields(
    [...byField].map(([name, errors]) => ({
      name: name
        .split(/\.|\[(\d+)\]/)
        .filter(Boolean)
        .map((s) => (/^\d+$/.test(s) ? Number(s) : s)),
      errors,
    })),
  );
  return true;
}

interface SafeParser {
  safeParse(v: unknown): { success: true } | { success: false; error: { issues: IssueLike[] } };
}
interface IssueLike {
  code: string;
  message: string;
  params?: unknown;
  maximum?: unknown;
  minimum?: unknown;
  format?: string;
}

/** The message of a Zod issue in the language: identifier reasons carry both, common codes are translated. */
export function issueText(issue: IssueLike, lang: 'zh-CN' | 'en'): string {
  const reason = (issue.params as { reason?: { zh?: unknown; en?: unknown } } | undefined)?.reason;
  const picked = lang === 'en' ? reason?.en : reason?.zh;
  if (typeof picked === 'string') return picked;
  switch (issue.code) {
    case 'too_big':
      return i18n.t('validation.tooLong', { max: String(issue.maximum) });
    case 'too_small':
      return Number(issue.minimum) <= 1
        ? i18n.t('validation.required')
        : i18n.t('validation.tooShort', { min: String(issue.minimum) });
    case 'invalid_format':
      return i18n.t('validation.format');
    case 'invalid_type':
      return i18n.t('validation.type');
    default:
      return issue.message;
  }
}

/**
 * An Ant Design rule that checks a field with the shared Zod schema for it (e.g.
 * `organisationInputSchema.shape.uscc`); empty values pass (use `required` for those).
 */
export function zodRule(schema: SafeParser, lang: 'zh-CN' | 'en', map: (v: unknown) => unknown = (v) => v) {
  return {
    validator: async (_: unknown, value: unknown) => {
      if (value === undefined || value === null || value === '') return;
      const r = schema.safeParse(map(value));
      if (!r.success) throw new Error(r.error.issues.map((i) => issueText(i, lang))[0]);
    },
  };
}

/** Trims strings and turns empty ones into null, the way the API wants optional text. */
export function blankToNull<T extends Record<string, unknown>>(values: T): T {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(values)) {
    const s = typeof v === 'string' ? v.trim() : v;
    out[k] = s === '' || s === undefined ? null : s;
  }
  return out as T;
}

/**
 * A form's save: runs the write, confirms with `done` and then calls `after`; a refusal lands on
 * the form's fields (or shows as a message when it names none). The form stays open on failure.
 */
export function useFormSave(form: FormInstance) {
  const { message } = App.useApp();
  return async (write: () => Promise<unknown>, done: string, after?: () => void): Promise<void> => {
    try {
      await write();
      message.success(done);
      after?.();
    } catch (err) {
      applyFieldErrors(form, err, message);
    }
  };
}
