// Expected failures are values, not exceptions: the CLI turns them into exit 2, the server into a 4xx.

/** The two languages every message and explanation is written in. */
export type Lang = 'zh-CN' | 'en';

/** A message in both languages, so a caller can pick the user's. */
export interface Text {
  'zh-CN': string;
  en: string;
}

/** Why an input was refused or a solution does not exist. */
export type FailureCode =
  | 'invalid-json'
  | 'invalid-problem'
  | 'unknown-method'
  | 'invalid-players'
  | 'missing-coalition'
  | 'unknown-coalition'
  | 'invalid-number'
  | 'invalid-amount'
  | 'invalid-weights'
  | 'invalid-factors'
  | 'invalid-voting'
  | 'invalid-claims'
  | 'invalid-matrix'
  | 'inconsistent-matrix'
  | 'too-large'
  | 'not-applicable'
  | 'no-solution';

/** An expected failure, with a one-line reason in both languages. */
export interface Failure {
  ok: false;
  code: FailureCode;
  message: Text;
}

/** Success with a value, or an expected failure. */
export type Result<T> = { ok: true; value: T } | Failure;

/** Wraps a success. */
export function ok<T>(value: T): { ok: true; value: T } {
  return { ok: true, value };
}

/** Builds a failure; messages are one line (the CLI prints the first line only). */
export function fail(code: FailureCode, zh: string, en: string): Failure {
  return { ok: false, code, message: { 'zh-CN': zh, en } };
}

/** Picks the text for a language. */
export function say(t: Text, lang: Lang): string {
  return t[lang];
}
