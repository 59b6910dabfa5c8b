import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { canonicalJson, type AgreementView } from '@huahe/contracts';
import { createTestApp, type Client, type TestApp } from '../../../test/app';
import { verifyBundle } from './bundle';
import { fillDraft, setUpSmallConsortium, type SmallConsortium } from '../../../test/agreement-setup';

let t: TestApp;
let small: SmallConsortium;
beforeAll(async () => {
  t = await createTestApp();
  small = await setUpSmallConsortium(t);
});
afterAll(() => t.close());

const metaverse = async (c: Client) =>
  (await c.get(`/api/consortia?q=${encodeURIComponent('元宇宙支撑')}`)).body.items[0].id as string;

describe('the demo agreement', () => {
  it('is effective and signed by every one of the 26 members, with nothing missing', async () => {
    const member = await t.login('member@demo.huahe');
    const view: AgreementView = (await member.get(`/api/consortia/${await metaverse(member)}/agreement`))
      .body;
    const v = view.versions.find((x) => x.status === 'effective')!;
    expect(v.parties).toHaveLength(26);
    expect(v.signatures).toHaveLength(26);
    expect(v.parties.every((p) => p.signed)).toBe(true);
    expect(view.completeness).toEqual([]);
    expect(v.signatures.find((s) => s.organisationName === '集美大学')?.signerEmail).toBe(
      'member@demo.huahe',
    );
  });

  it('names the parties and signatories in English for an English reader', async () => {
    const member = await t.login('member@demo.huahe', undefined, 'en');
    const view: AgreementView = (await member.get(`/api/consortia/${await metaverse(member)}/agreement`))
      .body;
    const v = view.versions.find((x) => x.status === 'effective')!;
    const jmu = v.parties.find((p) => p.name === 'Jimei University');
    expect(jmu).toBeDefined();
    expect(v.signatures.find((s) => s.partyId === jmu!.partyId)?.organisationName).toBe('Jimei University');
    // Every party with an English name in the version is shown by it.
    const data = view.draft.parties;
    for (const p of v.parties) {
      const en = data.find((d) => d.organisationId === p.partyId)?.legalName.en;
      if (en) expect(p.name).toBe(en);
    }
    expect(v.parties.filter((p) => /[\u3400-\u9fff]/.test(p.name)).length).toBeLessThan(v.parties.length);
    const text = (await member.get(`/api/agreements/${view.id}/text?version=${v.id}&lang=en`)).body;
    expect(text.signatures.map((s: any) => s.designation).slice(-2)).toEqual(['Party Y', 'Party Z']);
  });

  it('renders the Chinese legal text and a PDF with an embedded CJK font', async () => {
    const member = await t.login('member@demo.huahe');
    const view: AgreementView = (await member.get(`/api/consortia/${await metaverse(member)}/agreement`))
      .body;
    const v = view.versions[0]!;
    const text = (await member.get(`/api/agreements/${view.id}/text?version=${v.id}&lang=zh-CN`)).body;
    expect(text.title).toContain('元宇宙支撑技术与场景驱动创新联合体');
    expect(text.articles[0].label).toBe('第一条');
    expect(text.signatures).toHaveLength(26);
    const en = (await member.get(`/api/agreements/${view.id}/text?version=${v.id}&lang=en`)).body;
    expect(en.articles[0].label).toMatch(/^Article 1/);
    const pdf = await member.request('GET', `/api/agreements/${view.id}/pdf?version=${v.id}`);
    expect(pdf.status).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    const bytes = pdf.raw.rawPayload;
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
    expect(bytes.includes(Buffer.from('NotoSansSC'))).toBe(true);
    expect(bytes.includes(Buffer.from('/ToUnicode'))).toBe(true);
  });

  it('hands out a bundle that verifies offline, and fails on any changed byte', async () => {
    const member = await t.login('member@demo.huahe');
    const view: AgreementView = (await member.get(`/api/consortia/${await metaverse(member)}/agreement`))
      .body;
    const res = await member.get(`/api/agreements/${view.id}/versions/${view.versions[0]!.id}/bundle`);
    // The file exactly as downloaded, not a re-serialisation of it, is what `huahe agreement verify` checks.
    const text = res.raw.payload;
    expect(text).toBe(canonicalJson(res.body));
    const ok = verifyBundle(text);
    expect(ok.ok, JSON.stringify(ok.problems)).toBe(true);
    expect(ok.summary).toMatchObject({ parties: 26, signed: 26, effective: true });
    const keys = (await t.anonymous().get('/api/agreements/keys')).body;
    expect(verifyBundle(text, [keys[0].fingerprint]).ok).toBe(true);
    expect(verifyBundle(text, ['0'.repeat(64)]).ok).toBe(false);
    // Flip one byte at many places: inside the agreement, a signature, a date, a key, the seal.
    for (const at of [
      10,
      200,
      Math.floor(text.length / 3),
      Math.floor(text.length / 2),
      text.length - 40,
      text.length - 5,
    ]) {
      const c = text.charCodeAt(at);
      const changed =
        text.slice(0, at) +
        String.fromCharCode(c === 0x41 ? 0x42 : c === 0x30 ? 0x31 : c ^ 1) +
        text.slice(at + 1);
      expect(verifyBundle(changed).ok, `byte ${at}`).toBe(false);
    }
  });

  it('keeps the agreement from those outside the consortium', async () => {
    const expert = await t.login('expert@demo.huahe');
    expect((await expert.get(`/api/consortia/${await metaverse(expert)}/agreement`)).status).toBe(404);
    expect((await t.anonymous().get(`/api/consortia/${await metaverse(expert)}/agreement`)).status).toBe(401);
  });
});

describe('drafting and signing', () => {
  it('starts from a template, names what is missing, refuses to freeze an incomplete draft', async () => {
    const view: AgreementView = (
      await small.secretariat.post(`/api/consortia/${small.consortiumId}/agreement`, { template: 'desca' })
    ).body;
    expect(view.template).toBe('desca');
    expect(view.draft.governance.decisionRules.find((r) => r.type === 'ordinary')).toMatchObject({
      quorum: { threshold: '2/3' },
    });
    expect(view.completeness.map((m) => m.code)).toEqual(
      expect.arrayContaining(['goals.missing', 'dispute.forum_missing']),
    );
    const frozen = await small.secretariat.post(`/api/agreements/${view.id}/versions`);
    expect(frozen.status).toBe(400);
    expect(frozen.body.error.details.map((d: { code: string }) => d.code)).toContain('goals.missing');
    expect(
      (await small.secretariat.post(`/api/consortia/${small.consortiumId}/agreement`, { template: 'xiamen' }))
        .status,
    ).toBe(409);
  });

  it('rejects an invalid draft with paths into it, and a stale save', async () => {
    const view: AgreementView = (
      await small.secretariat.get(`/api/consortia/${small.consortiumId}/agreement`)
    ).body;
    const bad = structuredClone(view.draft) as any;
    bad.dispute = { forum: { kind: 'arbitration', commission: 'X', court: 'Y' } };
    bad.parties[0].creditCode = '91350200MA2XXXXXX1';
    bad.governance.decisionRules[0].quorum.threshold = '5/3';
    const res = await small.secretariat.put(`/api/agreements/${view.id}/draft`, {
      draft: bad,
      draftVersion: view.draftVersion,
    });
    expect(res.status).toBe(400);
    const paths = res.body.error.details.map((d: { path: string }) => d.path);
    expect(paths).toEqual(expect.arrayContaining(['body.draft.parties[0].creditCode']));
    expect(paths.some((p: string) => p.startsWith('body.draft.dispute'))).toBe(true);
    const ratio = res.body.error.details.find((d: { path: string }) => d.path.endsWith('quorum.threshold'));
    expect(ratio.message).toBe('应为 0 到 1 之间的精确分数，如“2/3”或“50%”');
    const member = await t.login('member@demo.huahe');
    expect(
      (
        await member.put(`/api/agreements/${view.id}/draft`, {
          draft: view.draft,
          draftVersion: view.draftVersion + 5,
        })
      ).status,
    ).toBe(409);
  });

  it('freezes the completed draft, collects every party’s signature with the password re-entered, and takes effect', async () => {
    let view = await fillDraft(small);
    expect(view.completeness).toEqual([]);
    view = (await small.secretariat.post(`/api/agreements/${view.id}/versions`)).body;
    const v = view.versions[0]!;
    expect(v).toMatchObject({ number: 1, status: 'signing' });
    expect(v.digest).toBe(view.draftDigest);

    const [first, second, third] = small.admins;
    expect(
      (
        await first!.post(`/api/agreements/${view.id}/versions/${v.id}/signatures`, {
          password: 'wrong',
          digest: v.digest,
        })
      ).status,
    ).toBe(401);
    const wrongDigest = await first!.post(`/api/agreements/${view.id}/versions/${v.id}/signatures`, {
      password: small.password,
      digest: '0'.repeat(64),
    });
    expect(wrongDigest.status).toBe(400);
    const after1 = await first!.post(`/api/agreements/${view.id}/versions/${v.id}/signatures`, {
      password: small.password,
      digest: v.digest,
    });
    expect(after1.status, JSON.stringify(after1.body)).toBe(200);
    expect(
      (
        await first!.post(`/api/agreements/${view.id}/versions/${v.id}/signatures`, {
          password: small.password,
          digest: v.digest,
        })
      ).status,
    ).toBe(409);
    await second!.post(`/api/agreements/${view.id}/versions/${v.id}/signatures`, {
      password: small.password,
      digest: v.digest,
    });
    const done = (
      await third!.post(`/api/agreements/${view.id}/versions/${v.id}/signatures`, {
        password: small.password,
        digest: v.digest,
      })
    ).body as AgreementView;
    expect(done.versions[0]).toMatchObject({ status: 'effective' });
    expect(done.versions[0]!.signatures).toHaveLength(3);
    const bundle = (await small.secretariat.get(`/api/agreements/${view.id}/versions/${v.id}/bundle`)).body;
    expect(verifyBundle(canonicalJson(bundle)).ok).toBe(true);
    const outsider = await t.login('secretariat@demo.huahe');
    expect(
      (
        await outsider.post(`/api/agreements/${view.id}/versions/${v.id}/signatures`, {
          password: small.password,
          digest: v.digest,
        })
      ).status,
    ).toBe(404);
  });

  it('shows each party’s real say under every decision rule', async () => {
    const view: AgreementView = (
      await small.secretariat.get(`/api/consortia/${small.consortiumId}/agreement`)
    ).body;
    const power = (await small.secretariat.get(`/api/agreements/${view.id}/voting-power?source=effective`))
      .body;
    const ordinary = power.games.find((g: { decisionType: string }) => g.decisionType === 'ordinary');
    expect(ordinary.players.map((p: { shapleyShubik: { exact: string } }) => p.shapleyShubik.exact)).toEqual([
      '1/3',
      '1/3',
      '1/3',
    ]);
    expect(ordinary.clauseRef.zh).toMatch(/^第.+条/);
  });
});
