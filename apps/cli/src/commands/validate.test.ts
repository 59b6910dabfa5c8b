import { execFile } from 'node:child_process';
import { PassThrough, Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import type { Io } from '../io';
import { main } from '../main';

const root = fileURLToPath(new URL('../../../..', import.meta.url));

async function run(argv: string[], lang: Io['lang'] = 'en') {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  const out: string[] = [];
  const err: string[] = [];
  stdout.on('data', (c: Buffer) => out.push(c.toString('utf8')));
  stderr.on('data', (c: Buffer) => err.push(c.toString('utf8')));
  const io: Io = { stdout, stderr, stdin: Readable.from([]), lang, env: {}, cwd: root };
  const code = await main(argv, io);
  return { code, stdout: out.join(''), stderr: err.join('') };
}

describe('huahe validate uscc', () => {
  it('prints CODE<TAB>valid for each valid code and exits 0', async () => {
    const result = await run(['validate', 'uscc', '914403001922038216', '12100000470095016Q']);
    expect(result).toEqual({
      code: 0,
      stdout: '914403001922038216\tvalid\n12100000470095016Q\tvalid\n',
      stderr: '',
    });
  });

  it('prints CODE<TAB>invalid<TAB>reason in order and exits 1 when any code is invalid', async () => {
    const result = await run([
      'validate',
      'uscc',
      '914403001922038217',
      '9144030071526726XG',
      '9I4403001922038216',
    ]);
    expect(result.code).toBe(1);
    expect(result.stdout.split('\n')).toEqual([
      "914403001922038217\tinvalid\tcheck character (position 18) should be '6', got '7'",
      '9144030071526726XG\tvalid',
      "9I4403001922038216\tinvalid\tcharacter 'I' at position 2 is not allowed (I, O, Z, S and V are never used)",
      '',
    ]);
    expect(result.stderr).toBe('');
  });

  it('gives the reason in Chinese when the user language is zh-CN', async () => {
    const result = await run(['validate', 'uscc', '91440300192203821'], 'zh-CN');
    expect(result.stdout).toBe('91440300192203821\tinvalid\t长度应为 18 位，实际为 17 位\n');
  });

  it('keeps one line per argument even when an argument holds a tab or newline', async () => {
    const result = await run(['validate', 'uscc', '9144\t0300\n']);
    expect(result.stdout.split('\n')).toHaveLength(2);
    expect(result.stdout.split('\t')).toHaveLength(3);
  });

  it('validates an empty argument as invalid rather than as bad usage', async () => {
    const result = await run(['validate', 'uscc', '']);
    expect(result).toMatchObject({ code: 1, stdout: '\tinvalid\tmust be 18 characters, got 0\n' });
  });
});

describe('huahe validate cn-patent', () => {
  it('accepts published application numbers in every written form', async () => {
    const numbers = ['CN201210213176.6', '201210213176.6', '2012102131766', 'CN02121230.9', '95115608.X'];
    const result = await run(['validate', 'cn-patent', ...numbers]);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(numbers.map((n) => `${n}\tvalid\n`).join(''));
  });

  it('names the expected check digit of a corrupted number', async () => {
    const result = await run(['validate', 'cn-patent', 'CN201210213176.7']);
    expect(result).toMatchObject({
      code: 1,
      stdout: "CN201210213176.7\tinvalid\tcheck digit should be '6', got '7'\n",
    });
  });
});

describe('huahe validate usage', () => {
  it.each([
    [['validate'], 'missing what to validate'],
    [['validate', 'iban', 'X'], 'unknown kind: iban'],
    [['validate', 'uscc'], 'no codes given'],
    [['validate', 'cn-patent'], 'no codes given'],
  ])('exits 2 with a one-line reason on stderr for %j', async (argv, message) => {
    const result = await run(argv);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe(`${message} (validate uscc|cn-patent CODE…)\n`);
  });

  it('explains bad usage in Chinese too', async () => {
    expect((await run(['validate', 'iban', 'X'], 'zh-CN')).stderr).toBe(
      '未知类型：iban (validate uscc|cn-patent CODE…)\n',
    );
  });

  it('prints its usage for --help and exits 0', async () => {
    expect(await run(['validate', '--help'])).toEqual({
      code: 0,
      stdout: 'huahe validate uscc|cn-patent CODE…\n',
      stderr: '',
    });
  });
});

describe('the installed huahe binary', () => {
  it('validates credit codes with the documented output and exit code', async () => {
    const exec = promisify(execFile);
    const bin = `${root}apps/cli/bin/huahe.mjs`;
    const env = { ...process.env, HUAHE_LANG: 'en' };
    const ok = await exec(
      process.execPath,
      [bin, 'validate', 'uscc', '914403001922038216', '91330100716105852F'],
      { env },
    );
    expect(ok.stdout).toBe('914403001922038216\tvalid\n91330100716105852F\tvalid\n');
    const bad = await exec(process.execPath, [bin, 'validate', 'uscc', '914403001922038217'], { env }).then(
      () => undefined,
      (error: { code: number; stdout: string }) => error,
    );
    expect(bad?.code).toBe(1);
    expect(bad?.stdout).toBe(
      "914403001922038217\tinvalid\tcheck character (position 18) should be '6', got '7'\n",
    );
  });
});
