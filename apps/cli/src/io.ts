import type { Readable, Writable } from 'node:stream';

/** The streams and settings a command runs with; tests pass their own. */
export interface Io {
  stdout: Writable & { isTTY?: boolean };
  stderr: Writable;
  stdin: Readable;
  /** The user's language for messages: from HUAHE_LANG, then LANG. */
  lang: 'zh-CN' | 'en';
  env: NodeJS.ProcessEnv;
  cwd: string;
}

/** Exit codes of SPEC §6: 0 success, 1 negative answer, 2 bad usage or input. */
export const EXIT = { ok: 0, negative: 1, usage: 2 } as const;

/** A `huahe` subcommand. `run` returns the exit code; it never calls process.exit. */
export interface Command {
  name: string;
  summary: { 'zh-CN': string; en: string };
  usage: string;
  run(argv: string[], io: Io): Promise<number>;
}

/** Thrown for bad usage or input: main prints the one-line reason and exits 2. */
export class UsageError extends Error {}

export function detectLang(env: NodeJS.ProcessEnv): 'zh-CN' | 'en' {
  const raw = env.HUAHE_LANG ?? env.LC_ALL ?? env.LANG ?? '';
  return /^en/i.test(raw) ? 'en' : raw === '' || /^(C|POSIX)(\.|$)/.test(raw) ? 'en' : 'zh-CN';
}

/** Reads a whole input given as a path or `-` for stdin. */
export async function readInput(pathOrDash: string, io: Io): Promise<string> {
  if (pathOrDash === '-') {
    const chunks: Buffer[] = [];
    for await (const chunk of io.stdin) chunks.push(Buffer.from(chunk as Buffer));
    return Buffer.concat(chunks).toString('utf8');
  }
  const { readFile } = await import('node:fs/promises');
  const { resolve } = await import('node:path');
  try {
    return await readFile(resolve(io.cwd, pathOrDash), 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code ?? 'EIO';
    throw new UsageError(
      io.lang === 'en' ? `cannot read ${pathOrDash}: ${code}` : `无法读取 ${pathOrDash}:${code}`,
    );
  }
}
