import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

/** The repository root, for files shipped with the code (the built web app). */
export const repoRoot = fileURLToPath(new URL('../../..', import.meta.url));

const bool = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((v) => ['true', '1', 'yes'].includes(v));

const envSchema = z.object({
  HOST: z.string().min(1).default('127.0.0.1'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HUAHE_DATA_DIR: z.string().min(1).default('./.huahe'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, { error: 'must start with postgres:// or postgresql://' })
    .optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  HUAHE_DEMO: z.enum(['auto', 'off']).default('auto'),
  HUAHE_DEMO_LOGIN: z.enum(['on', 'off']).default('on'),
  HUAHE_WEB_DIST: z.string().min(1).default(resolve(repoRoot, 'apps/web/dist')),
  HUAHE_TRUST_PROXY: bool.default(false),
  HUAHE_SECURE_COOKIES: z.enum(['auto', 'always', 'never']).default('auto'),
  HUAHE_SESSION_HOURS: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 30)
    .default(12),
  HUAHE_RATE_LIMIT: z.coerce.number().int().min(0).max(1_000_000).default(1200),
  HUAHE_LOGIN_MAX_FAILURES: z.coerce.number().int().min(1).max(100).default(5),
  HUAHE_LOCKOUT_MINUTES: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 60)
    .default(15),
  HUAHE_DB_POOL: z.coerce.number().int().min(1).max(200).default(10),
});

/** The validated configuration; read once at start. */
export interface Config {
  host: string;
  port: number;
  database: { kind: 'pglite'; dataDir: string } | { kind: 'postgres'; url: string; poolSize: number };
  logLevel: string;
  demo: 'auto' | 'off';
  demoLogin: boolean;
  webDist: string;
  trustProxy: boolean;
  secureCookies: 'auto' | 'always' | 'never';
  sessionHours: number;
  rateLimitPerMinute: number;
  loginMaxFailures: number;
  lockoutMinutes: number;
}

/** Raised with every problem found, so the operator fixes them all at once. */
export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`配置有误 / invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
}

/** Reads and validates the environment once. The only reader of process.env in the API. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): Config {
  const relevant = Object.fromEntries(
    Object.keys(envSchema.shape)
      .filter((k) => env[k] !== undefined && env[k] !== '')
      .map((k) => [k, env[k]]),
  );
  const parsed = envSchema.safeParse(relevant);
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map(
        (i) => `${i.path.join('.')}=${JSON.stringify(relevant[String(i.path[0])])}: ${i.message}`,
      ),
    );
  }
  const e = parsed.data;
  return {
    host: e.HOST,
    port: e.PORT,
    database: e.DATABASE_URL
      ? { kind: 'postgres', url: e.DATABASE_URL, poolSize: e.HUAHE_DB_POOL }
      : { kind: 'pglite', dataDir: resolve(cwd, e.HUAHE_DATA_DIR) },
    logLevel: e.LOG_LEVEL,
    demo: e.HUAHE_DEMO,
    demoLogin: e.HUAHE_DEMO_LOGIN === 'on',
    webDist: resolve(cwd, e.HUAHE_WEB_DIST),
    trustProxy: e.HUAHE_TRUST_PROXY,
    secureCookies: e.HUAHE_SECURE_COOKIES,
    sessionHours: e.HUAHE_SESSION_HOURS,
    rateLimitPerMinute: e.HUAHE_RATE_LIMIT,
    loginMaxFailures: e.HUAHE_LOGIN_MAX_FAILURES,
    lockoutMinutes: e.HUAHE_LOCKOUT_MINUTES,
  };
}
