import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { canonicalJson } from '@huahe/contracts';
import { sha256Hex } from '@huahe/api/lib/digest';
import { generateSigningKey, keyFingerprint, sealValue } from '@huahe/api/lib/seal';
import { signatureStatement } from '@huahe/api/modules/agreements/bundle';
import { main } from '../main';

/** A small bundle signed by both parties, sealed with a fresh key. */
function bundle() {
  const key = generateSigningKey();
  const agreement = canonicalJson({
    parties: [
      { organisationId: 'a', legalName: { zh: '甲' } },
      { organisationId: 'b', legalName: { zh: '乙' } },
    ],
    schemaVersion: 1,
  });
  const digest = sha256Hex(agreement);
  const signatures = ['a', 'b'].map((id, i) => {
    const st = signatureStatement({
      partyId: id,
      organisationId: id,
      signerName: `签字人${i}`,
      signerEmail: `s${i}@x.cn`,
      signedAt: `2026-11-2${i}T00:00:00.000Z`,
      digest,
      keyId: key.id,
    });
    return { ...st, organisationName: id === 'a' ? '甲' : '乙', seal: sealValue(key, st) };
  });
  const unsealed = {
    format: 'huahe-agreement-bundle' as const,
    formatVersion: 1 as const,
    consortium: { id: 'c', name: '测试联合体' },
    version: { id: 'v', number: 1, status: 'effective', effectiveAt: '2026-11-21T00:00:00.000Z' },
    agreement,
    digest,
    signatures,
    keys: [{ id: key.id, publicKey: key.publicKey }],
    issuedAt: '2026-11-27T00:00:00.000Z',
  };
  return {
    text: canonicalJson({ ...unsealed, seal: { keyId: key.id, value: sealValue(key, unsealed) } }),
    fingerprint: keyFingerprint(key.publicKey),
  };
}

async function run(argv: string[], stdin = '') {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (d: Buffer) => (out += d.toString()));
  stderr.on('data', (d: Buffer) => (err += d.toString()));
  const code = await main(argv, {
    stdout,
    stderr,
    stdin: Readable.from([stdin]),
    lang: 'en',
    env: {},
    cwd: process.cwd(),
  });
  return { code, out, err };
}

describe('huahe agreement verify', () => {
  it('accepts an intact bundle, naming the version, the signatures and the key', async () => {
    const { text, fingerprint } = bundle();
    const r = await run(['agreement', 'verify', '-'], text);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^valid\t测试联合体\tversion 1\t2\/2 parties signed\teffective/);
    expect(r.out).toContain(fingerprint);
    expect((await run(['agreement', 'verify', '--key', fingerprint, '-'], text)).code).toBe(0);
    expect((await run(['agreement', 'verify', '--key', 'f'.repeat(64), '-'], text)).code).toBe(1);
  });

  it('rejects the bundle when any single byte changes', async () => {
    const { text } = bundle();
    let rejected = 0;
    for (let at = 0; at < text.length; at += 7) {
      const c = text.charCodeAt(at);
      const changed = text.slice(0, at) + String.fromCharCode(c === 0x7a ? 0x79 : c + 1) + text.slice(at + 1);
      if ((await run(['agreement', 'verify', '-'], changed)).code === 1) rejected++;
      else throw new Error(`a change at byte ${at} went unnoticed`);
    }
    expect(rejected).toBeGreaterThan(100);
  });

  it('exits 2 on bad usage and unreadable files, 1 on a file that is no bundle', async () => {
    expect((await run(['agreement'])).code).toBe(2);
    expect((await run(['agreement', 'verify'])).code).toBe(2);
    expect((await run(['agreement', 'verify', '--key', 'short', 'x'])).code).toBe(2);
    expect((await run(['agreement', 'verify', '/nonexistent/bundle.json'])).code).toBe(2);
    const junk = await run(['agreement', 'verify', '-'], '{"hello": 1}');
    expect(junk.code).toBe(1);
    expect(junk.err).toMatch(/not a Huahe agreement bundle/);
  });

  it('works as a real process on a file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'huahe-bundle-'));
    const file = join(dir, 'bundle.json');
    writeFileSync(file, bundle().text);
    const bin = new URL('../../bin/huahe.mjs', import.meta.url).pathname;
    const r = spawnSync(process.execPath, [bin, 'agreement', 'verify', file], {
      env: { ...process.env, HUAHE_LANG: 'zh-CN' },
      encoding: 'utf8',
    });
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^有效\t测试联合体\t第 1 版\t2\/2 方已签署\t已生效/);
  });
});
