import { hash, verify } from '@node-rs/argon2';
import { passwordProblems, passwordProblemText, type Lang } from '@huahe/contracts';
import { AppError } from './errors';

// OWASP's argon2id baseline (m = 19 MiB, t = 2, p = 1).
const options = { algorithm: 2 /* Argon2id */, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

/** An argon2id hash of a password. */
export const hashPassword = (password: string) => hash(password, options);

// Verifying against a fixed hash when the user is unknown keeps response times alike.
let dummy: Promise<string> | undefined;

/** Checks a password against a stored hash (or a dummy one, to not reveal unknown accounts). */
export async function verifyPassword(stored: string | undefined, password: string): Promise<boolean> {
  const target = stored ?? (await (dummy ??= hashPassword('not-a-real-password-Huahe-1')));
  try {
    return (await verify(target, password)) && stored !== undefined;
  } catch {
    return false;
  }
}

/** Throws `weak_password` with every failed rule, in the user's language. */
export function assertPasswordPolicy(password: string, email: string | undefined, lang: Lang): void {
  const problems = passwordProblems(password, email);
  if (problems.length === 0) return;
  const texts = problems.map((p) => passwordProblemText[p]!);
  throw new AppError(
    'weak_password',
    { reason: texts.map((t) => t[lang]).join(lang === 'en' ? '; ' : ';') },
    texts.map((t, i) => ({ path: 'body.password', code: problems[i], message: t })),
  );
}
