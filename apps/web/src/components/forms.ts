import type { FormInstance } from 'antd';
import { ApiError } from '../api/client';

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
