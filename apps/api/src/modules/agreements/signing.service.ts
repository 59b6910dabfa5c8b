import type { Agreement, AgreementView, VerificationBundle } from '@huahe/contracts';
import type { Db } from '@huahe/db';
import { authorize } from '../../lib/authz';
import { inTransaction, type ServiceContext } from '../../lib/context';
import { AppError, notFound } from '../../lib/errors';
import { verifyPassword } from '../../lib/passwords';
import { generateSigningKey, keyFingerprint, sealValue, type SigningKey } from '../../lib/seal';
import { toIso } from '../../lib/time';
import { findUserById } from '../auth/auth.repository';
import { findOrganisation } from '../organisations/organisations.repository';
import { readableAgreement } from './agreements.access';
import * as repo from './agreements.repository';
import { agreementView } from './agreements.service';
import { signatureStatement } from './bundle';

/** The platform's current sealing key, made on first use and kept in the database (shared by every process). */
export async function signingKey(db: Db): Promise<SigningKey> {
  const existing = await repo.activeKey(db);
  if (existing) return existing;
  await repo.insertKey(db, generateSigningKey());
  return (await repo.activeKey(db))!;
}

/** The public keys that seal signatures, with their fingerprints, for pinning. */
export async function publicKeys(db: Db) {
  await signingKey(db);
  return (await repo.allKeys(db)).map((k) => ({
    id: k.id,
    publicKey: k.publicKey,
    fingerprint: keyFingerprint(k.publicKey),
    createdAt: toIso(k.createdAt),
  }));
}

/**
 * A party's authorised signer signs a version's digest, re-entering their password. The platform
 * seals (signer, organisation, time, digest). When the last party signs, the version takes effect
 * and the one it replaces is superseded.
 */
export async function signVersion(
  ctx: ServiceContext,
  agreementId: string,
  versionId: string,
  input: { password: string; digest: string },
): Promise<AgreementView> {
  const { agreement } = await readableAgreement(ctx, agreementId);
  const actor = ctx.actor;
  if (actor.kind !== 'user') throw new AppError('unauthenticated');
  const v = await repo.findVersion(ctx.db, versionId);
  if (!v || v.agreementId !== agreementId) throw notFound();
  const data = JSON.parse(v.canonical) as Agreement;
  // The party the signer acts for: an organisation of the agreement whose admin they are.
  const party = data.parties.find((p) =>
    actor.roles.some((g) => g.role === 'member_admin' && g.organisationId === p.organisationId),
  );
  if (!party) throw notFound();
  authorize(actor, 'agreements.sign', { organisationId: party.organisationId });
  const user = await findUserById(ctx.db, actor.userId);
  if (!user || !(await verifyPassword(user.passwordHash, input.password)))
    throw new AppError('invalid_credentials');
  if (v.status !== 'signing') {
    throw new AppError('conflict', {
      reason:
        ctx.lang === 'en'
          ? `version ${v.number} is not open for signature (${v.status})`
          : `第 ${v.number} 版不在签署中（${v.status}）`,
    });
  }
  if (input.digest !== v.digest) {
    throw new AppError('validation_failed', {}, [
      {
        path: 'body.digest',
        code: 'digest_mismatch',
        message: {
          'zh-CN': '您看到的文本与该版本不一致，请刷新后重新核对',
          en: 'the text you saw differs from this version; reload and check again',
        },
      },
    ]);
  }
  await inTransaction(ctx, async (tx) => {
    const existing = await repo.signaturesOf(tx.db, v.id);
    if (existing.some((s) => s.partyId === party.organisationId)) {
      throw new AppError('conflict', {
        reason:
          ctx.lang === 'en' ? 'your organisation has already signed this version' : '贵单位已签署该版本',
      });
    }
    const key = await signingKey(tx.db);
    const statement = signatureStatement({
      partyId: party.organisationId,
      organisationId: party.organisationId,
      signerName: user.displayName,
      signerEmail: user.email,
      signedAt: ctx.clock.now().toISOString(),
      digest: v.digest,
      keyId: key.id,
    });
    const sig = await repo.insertSignature(tx.db, {
      versionId: v.id,
      partyId: statement.partyId,
      organisationId: statement.organisationId,
      signerUserId: user.id,
      signerName: statement.signerName,
      signerEmail: statement.signerEmail,
      signedAt: statement.signedAt,
      digest: statement.digest,
      keyId: key.id,
      seal: sealValue(key, statement),
    });
    await tx.audit({
      action: 'agreement.signed',
      entityType: 'agreement_version',
      entityId: v.id,
      consortiumId: agreement.consortiumId,
      organisationId: party.organisationId,
      after: { digest: v.digest, signer: user.email, signatureId: sig.id },
    });
    const signed = new Set([...existing.map((s) => s.partyId), party.organisationId]);
    if (data.parties.every((p) => signed.has(p.organisationId))) {
      for (const old of (await repo.versionsOf(tx.db, agreementId)).filter((x) => x.status === 'effective')) {
        await repo.setVersionStatus(tx.db, old.id, 'superseded');
        await tx.audit({
          action: 'agreement.version_superseded',
          entityType: 'agreement_version',
          entityId: old.id,
          consortiumId: agreement.consortiumId,
          summary: { number: old.number },
        });
      }
      await repo.setVersionStatus(tx.db, v.id, 'effective', ctx.clock.now().toISOString());
      await tx.audit({
        action: 'agreement.version_effective',
        entityType: 'agreement_version',
        entityId: v.id,
        consortiumId: agreement.consortiumId,
        summary: { number: v.number, digest: v.digest },
      });
    }
  });
  return agreementView(ctx, agreement.consortiumId);
}

/** The verification bundle of a version: its data, digest and every sealed signature, sealed as a whole. */
export async function verificationBundle(
  ctx: ServiceContext,
  agreementId: string,
  versionId: string,
): Promise<VerificationBundle> {
  const { agreement, consortium } = await readableAgreement(ctx, agreementId);
  const v = await repo.findVersion(ctx.db, versionId);
  if (!v || v.agreementId !== agreementId) throw notFound();
  const key = await signingKey(ctx.db);
  const sigs = await repo.signaturesOf(ctx.db, v.id);
  const keys = await repo.allKeys(ctx.db);
  const orgNames = new Map<string, string>();
  for (const s of sigs)
    orgNames.set(s.organisationId, (await findOrganisation(ctx.db, s.organisationId))?.nameZh ?? '');
  const unsealed: Omit<VerificationBundle, 'seal'> = {
    format: 'huahe-agreement-bundle',
    formatVersion: 1,
    consortium: { id: agreement.consortiumId, name: consortium.nameZh },
    version: { id: v.id, number: v.number, status: v.status, effectiveAt: toIso(v.effectiveAt) },
    agreement: v.canonical,
    digest: v.digest,
    signatures: sigs.map((s) => ({
      ...signatureStatement({
        partyId: s.partyId,
        organisationId: s.organisationId,
        signerName: s.signerName,
        signerEmail: s.signerEmail,
        signedAt: toIso(s.signedAt),
        digest: s.digest,
        keyId: s.keyId,
      }),
      organisationName: orgNames.get(s.organisationId) ?? '',
      seal: s.seal,
    })),
    keys: keys
      .filter((k) => k.id === key.id || sigs.some((s) => s.keyId === k.id))
      .map((k) => ({ id: k.id, publicKey: k.publicKey })),
    issuedAt: ctx.clock.now().toISOString(),
  };
  return { ...unsealed, seal: { keyId: key.id, value: sealValue(key, unsealed) } };
}
