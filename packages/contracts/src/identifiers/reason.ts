import type { Lang } from '../common';

/** Why an identifier was rejected: a stable code plus the message in both languages. */
export interface InvalidReason {
  code: string;
  zh: string;
  en: string;
  /** 1-based character position the problem is at, when there is one. */
  position?: number;
  expected?: string;
  actual?: string;
}

/** The outcome of validating an identifier: its parsed parts, or the reason it is invalid. */
export type Validation<P> = { valid: true; parsed: P } | { valid: false; reason: InvalidReason };

/** The reason's message in the user's language. */
export function reasonText(reason: InvalidReason, lang: Lang): string {
  return lang === 'en' ? reason.en : reason.zh;
}

/** Wraps a reason as a failed validation. */
export function invalid<P>(reason: InvalidReason): Validation<P> {
  return { valid: false, reason };
}

/** Shows one character safely inside a one-line message (control characters escaped). */
export function showChar(ch: string): string {
  const cp = ch.codePointAt(0) ?? 0;
  if (cp <= 0x20 || cp === 0x7f) return `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`;
  return ch;
}
