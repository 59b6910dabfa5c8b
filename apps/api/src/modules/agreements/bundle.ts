import { canonicalJson, verificationBundleSchema, type VerificationBundle } from '@huahe/contracts';
import { sha256Hex } from '../../lib/digest';
import { checkSeal, keyFingerprint } from '../../lib/seal';

/**
 * The fields of a signature that its own seal covers (the organisation's display name is left out,
 * since it may be renamed later; the bundle's seal covers it).
 */
export const signatureStatement = (
  s: Omit<VerificationBundle['signatures'][number], 'seal' | 'organisationName'>,
) => ({
  partyId: s.partyId,
  organisationId: s.organisationId,
  signerName: s.signerName,
  signerEmail: s.signerEmail,
  signedAt: s.signedAt,
  digest: s.digest,
  keyId: s.keyId,
});

/** The outcome of checking a bundle offline. */
export interface BundleCheck {
  ok: boolean;
  problems: { zh: string; en: string }[];
  summary?: {
    consortium: string;
    version: number;
    digest: string;
    parties: number;
    signed: number;
    effective: boolean;
    keys: { id: string; fingerprint: string }[];
  };
}

/**
 * Checks a verification bundle with nothing but the file: it must be canonical JSON (so any
 * changed byte shows), the agreement must hash to the digest, every party must have signed
 * exactly that digest, every seal must verify under the bundled key, and the bundle's own seal
 * must cover all of it. `pinnedKeys` (fingerprints) restricts which platform keys are trusted.
 */
export function verifyBundle(text: string, pinnedKeys: string[] = []): BundleCheck {
  const problems: BundleCheck['problems'] = [];
  const fail = (zh: string, en: string): BundleCheck => ({ ok: false, problems: [...problems, { zh, en }] });
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return fail('不是有效的 JSON 文件', 'not valid JSON');
  }
  const parsed = verificationBundleSchema.safeParse(raw);
  if (!parsed.success)
    return fail('不是化合协议验证包（格式不符）', 'not a Huahe agreement bundle (wrong shape)');
  const b = parsed.data;
  let canonical: string;
  try {
    canonical = canonicalJson(raw);
  } catch {
    return fail('验证包含有非规范数据', 'the bundle holds non-canonical data');
  }
  if (text.trim() !== canonical)
    problems.push({
      zh: '文件不是规范 JSON：内容在签发后被改动过',
      en: 'the file is not canonical JSON: it was altered after it was issued',
    });

  const keys = new Map(b.keys.map((k) => [k.id, k.publicKey]));
  if (pinnedKeys.length) {
    for (const [id, pub] of keys) {
      if (!pinnedKeys.includes(keyFingerprint(pub)))
        problems.push({
          zh: `密钥 ${id} 不是指定信任的平台密钥`,
          en: `key ${id} is not a pinned platform key`,
        });
    }
  }
  const { seal, ...unsealed } = b;
  const sealKey = keys.get(seal.keyId);
  if (!sealKey || !checkSeal(sealKey, unsealed, seal.value))
    problems.push({ zh: '验证包的平台签章无效', en: 'the platform seal of the bundle does not verify' });

  const digest = sha256Hex(b.agreement);
  if (digest !== b.digest)
    problems.push({
      zh: `协议内容的 SHA-256 为 ${digest}，与验证包所载 ${b.digest} 不符`,
      en: `the agreement hashes to ${digest}, not ${b.digest}`,
    });
  let agreement: { parties?: { organisationId: string; legalName?: { zh?: string } }[] };
  try {
    agreement = JSON.parse(b.agreement) as typeof agreement;
    if (canonicalJson(agreement) !== b.agreement)
      problems.push({ zh: '协议数据不是规范 JSON', en: 'the agreement data is not canonical JSON' });
  } catch {
    return fail('协议数据不是有效的 JSON', 'the agreement data is not valid JSON');
  }
  const parties = agreement.parties ?? [];
  const signedBy = new Set<string>();
  for (const s of b.signatures) {
    const key = keys.get(s.keyId);
    if (!key || !checkSeal(key, signatureStatement(s), s.seal)) {
      problems.push({
        zh: `${s.organisationName} 的签署签章无效`,
        en: `the signature seal of ${s.organisationName} does not verify`,
      });
    }
    if (s.digest !== b.digest)
      problems.push({
        zh: `${s.organisationName} 签署的不是本版本`,
        en: `${s.organisationName} signed a different digest`,
      });
    if (!parties.some((p) => p.organisationId === s.partyId))
      problems.push({
        zh: `${s.organisationName} 不是本协议的当事方`,
        en: `${s.organisationName} is not a party`,
      });
    signedBy.add(s.partyId);
  }
  const effective = b.version.status === 'effective' || b.version.status === 'superseded';
  const unsigned = parties.filter((p) => !signedBy.has(p.organisationId));
  if (effective && unsigned.length) {
    problems.push({
      zh: `标为已生效，但 ${unsigned.length} 方未签署`,
      en: `marked effective but ${unsigned.length} parties have not signed`,
    });
  }
  return {
    ok: problems.length === 0,
    problems,
    summary: {
      consortium: b.consortium.name,
      version: b.version.number,
      digest: b.digest,
      parties: parties.length,
      signed: signedBy.size,
      effective: effective && unsigned.length === 0,
      keys: b.keys.map((k) => ({ id: k.id, fingerprint: keyFingerprint(k.publicKey) })),
    },
  };
}
