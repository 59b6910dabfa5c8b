import {
  AgreementSchema,
  canonicalJson,
  checkCompleteness,
  createFromTemplate,
  renderAgreement,
  type Agreement,
  type AgreementView,
  type Lang,
  type Party,
  type TemplateKind,
} from '@huahe/contracts';
import { authorize } from '../../lib/authz';
import { inTransaction, type ServiceContext, type TxContext } from '../../lib/context';
import { sha256Hex } from '../../lib/digest';
import { AppError, notFound } from '../../lib/errors';
import { nameIn } from '../../lib/i18n';
import { renderPdf, type Block } from '../../lib/pdf';
import { toIso } from '../../lib/time';
import { membersOf } from '../consortia/consortia.repository';
import { partiesActedFor, readableAgreement, readableConsortium } from './agreements.access';
import * as repo from './agreements.repository';

/** The parties of a new agreement: the consortium's current members, from their registered details. */
async function partiesOf(ctx: ServiceContext, consortiumId: string): Promise<Party[]> {
  const members = (await membersOf(ctx.db, consortiumId)).filter(({ m }) => !m.leftOn);
  return members.map(({ m, o }) => ({
    organisationId: o.id,
    legalName: { zh: o.nameZh, ...(o.nameEn ? { en: o.nameEn } : {}) },
    ...(o.uscc ? { creditCode: o.uscc } : {}),
    ...(o.address ? { domicile: { zh: o.address } } : {}),
    ...(o.legalRepresentative ? { legalRepresentative: o.legalRepresentative } : {}),
    role: m.role as Party['role'],
    tier: m.tier as Party['tier'],
  }));
}

const draftDigest = (a: Agreement) => sha256Hex(canonicalJson(a));

/** The full view of a consortium's agreement: draft, completeness, versions with their signatures. */
export async function agreementView(ctx: ServiceContext, consortiumId: string): Promise<AgreementView> {
  const { consortium, canEdit } = await readableConsortium(ctx, consortiumId);
  const a = await repo.findAgreementByConsortium(ctx.db, consortiumId);
  if (!a) throw notFound();
  const draft = AgreementSchema.parse(a.draft);
  const versions = await repo.versionsOf(ctx.db, a.id);
  const names = new Map(
    (await membersOf(ctx.db, consortiumId)).map(({ o }) => [o.id, nameIn(ctx.lang, o.nameZh, o.nameEn)]),
  );
  const views = await Promise.all(
    versions.map(async (v) => {
      const data = JSON.parse(v.canonical) as Agreement;
      const sigs = await repo.signaturesOf(ctx.db, v.id);
      const signed = new Set(sigs.map((s) => s.partyId));
      // The name the version itself gives the party, for a signatory no longer among the members.
      const partyName = (id: string) => {
        const n = data.parties.find((p) => p.organisationId === id)?.legalName;
        return n ? nameIn(ctx.lang, n.zh, n.en) : '';
      };
      return {
        id: v.id,
        number: v.number,
        digest: v.digest,
        status: v.status as AgreementView['versions'][number]['status'],
        origin: v.origin as AgreementView['versions'][number]['origin'],
        motionId: v.motionId,
        createdAt: toIso(v.createdAt),
        effectiveAt: toIso(v.effectiveAt),
        parties: data.parties.map((p) => ({
          partyId: p.organisationId,
          name: nameIn(ctx.lang, p.legalName.zh, p.legalName.en),
          signed: signed.has(p.organisationId),
        })),
        signatures: sigs.map((s) => ({
          partyId: s.partyId,
          organisationId: s.organisationId,
          organisationName: names.get(s.organisationId) ?? partyName(s.partyId),
          signerName: s.signerName,
          signerEmail: s.signerEmail,
          signedAt: toIso(s.signedAt),
          digest: s.digest,
          keyId: s.keyId,
        })),
      };
    }),
  );
  const signing = views.filter((v) => v.status === 'signing');
  return {
    id: a.id,
    consortiumId,
    consortiumName: nameIn(ctx.lang, consortium.nameZh, consortium.nameEn),
    template: a.template as TemplateKind,
    draft,
    draftVersion: a.draftVersion,
    updatedAt: toIso(a.updatedAt),
    draftDigest: draftDigest(draft),
    completeness: checkCompleteness(draft),
    versions: views,
    canEdit,
    signableBy: signing.flatMap((v) =>
      partiesActedFor(
        ctx,
        v.parties.filter((p) => !p.signed).map((p) => p.partyId),
      ).map((partyId) => ({
        versionId: v.id,
        partyId,
        organisationName: v.parties.find((p) => p.partyId === partyId)!.name,
      })),
    ),
  };
}

/** Starts the agreement of a consortium from a template, with its current members as parties. */
export async function createAgreement(
  ctx: ServiceContext,
  consortiumId: string,
  template: TemplateKind,
): Promise<AgreementView> {
  const { consortium } = await readableConsortium(ctx, consortiumId);
  authorize(ctx.actor, 'agreements.edit', { consortiumId });
  await inTransaction(ctx, async (tx) => {
    if (await repo.findAgreementByConsortium(tx.db, consortiumId)) {
      throw new AppError('conflict', {
        reason: ctx.lang === 'en' ? 'this consortium already has an agreement' : '该联合体已有组建协议',
      });
    }
    const draft = createFromTemplate(template, {
      consortium: {
        name: { zh: consortium.nameZh, ...(consortium.nameEn ? { en: consortium.nameEn } : {}) },
        ...(consortium.field ? { field: { zh: consortium.field } } : {}),
        ...(consortium.goalsSummary ? { purpose: { zh: consortium.goalsSummary } } : {}),
        consortiumId,
      },
      parties: await partiesOf(tx, consortiumId),
      ...(consortium.foundedOn ? { term: { startsOn: consortium.foundedOn } } : {}),
    });
    const row = await repo.insertAgreement(tx.db, { consortiumId, template, draft });
    await tx.audit({
      action: 'agreement.created',
      entityType: 'agreement',
      entityId: row.id,
      consortiumId,
      after: { template, draft: draftDigest(draft) },
    });
  });
  return agreementView(ctx, consortiumId);
}

/** Saves the edited draft (validated as a whole; field errors point into it). */
export async function saveDraft(
  ctx: ServiceContext,
  agreementId: string,
  draft: Agreement,
  draftVersion: number,
): Promise<AgreementView> {
  const { agreement } = await readableAgreement(ctx, agreementId);
  authorize(ctx.actor, 'agreements.edit', { consortiumId: agreement.consortiumId });
  await inTransaction(ctx, async (tx) => {
    const before = AgreementSchema.parse(agreement.draft);
    const saved = await repo.saveDraft(
      tx.db,
      agreementId,
      draftVersion,
      draft,
      ctx.clock.now().toISOString(),
    );
    if (!saved) throw new AppError('stale_version');
    await tx.audit({
      action: 'agreement.draft_saved',
      entityType: 'agreement',
      entityId: agreementId,
      consortiumId: agreement.consortiumId,
      before: { digest: draftDigest(before) },
      after: { digest: draftDigest(draft) },
    });
  });
  return agreementView(ctx, agreement.consortiumId);
}

/** The agreement data of the draft or of a frozen version. */
export async function agreementData(ctx: ServiceContext, agreementId: string, versionId?: string) {
  const { agreement, consortium } = await readableAgreement(ctx, agreementId);
  if (!versionId) return { data: AgreementSchema.parse(agreement.draft), version: undefined, consortium };
  const v = await repo.findVersion(ctx.db, versionId);
  if (!v || v.agreementId !== agreementId) throw notFound();
  return { data: JSON.parse(v.canonical) as Agreement, version: v, consortium };
}

/** The structured legal text of the draft or a version, in a language. */
export async function renderText(ctx: ServiceContext, agreementId: string, lang: Lang, versionId?: string) {
  const { data } = await agreementData(ctx, agreementId, versionId);
  return renderAgreement(data, lang);
}

/** The agreement as a PDF (with its digest and signatures when it is a frozen version). */
export async function agreementPdf(
  ctx: ServiceContext,
  agreementId: string,
  lang: Lang,
  versionId?: string,
): Promise<{ pdf: Buffer; fileName: string }> {
  const { data, version } = await agreementData(ctx, agreementId, versionId);
  const r = renderAgreement(data, lang);
  const en = lang === 'en';
  const sigs = version ? await repo.signaturesOf(ctx.db, version.id) : [];
  const subtitle = version
    ? `${en ? 'Version' : '版本'} ${version.number} · SHA-256 ${version.digest}`
    : `${en ? 'Draft (not signed)' : '草稿（未签署）'} · SHA-256 ${draftDigest(data)}`;
  const blocks: Block[] = [{ kind: 'title', text: r.title, subtitle }];
  for (const p of r.preamble.parties)
    blocks.push({ kind: 'paragraph', text: `${p.designation}：${p.lines.join('；')}` });
  for (const recital of r.preamble.recitals) blocks.push({ kind: 'paragraph', text: recital });
  for (const art of r.articles) {
    blocks.push({ kind: 'heading', text: art.heading });
    for (const c of art.clauses) {
      blocks.push({ kind: 'paragraph', text: art.clauses.length > 1 ? `${c.label} ${c.text}` : c.text });
      for (const item of c.items)
        blocks.push({ kind: 'paragraph', text: `${item.label} ${item.text}`, indent: 1 });
    }
  }
  blocks.push({ kind: 'spacer', height: 12 });
  blocks.push({
    kind: 'signatures',
    parties: r.signatures.map((s) => {
      const sig = sigs.find((x) => x.partyId === s.partyId);
      return {
        name: `${s.designation}${en ? ': ' : '：'}${s.legalName}`,
        lines: sig
          ? [
              `${en ? 'Signed by' : '签署人'}${en ? ': ' : '：'}${sig.signerName}`,
              `${en ? 'Signed at' : '签署时间'}${en ? ': ' : '：'}${toIso(sig.signedAt)}`,
              `${en ? 'Digest' : '摘要'}${en ? ': ' : '：'}${sig.digest.slice(0, 16)}…`,
            ]
          : s.lines,
      };
    }),
  });
  const pdf = await renderPdf(blocks, {
    title: r.title,
    footer: `化合 Huahe · ${version ? `v${version.number}` : en ? 'draft' : '草稿'} · ${(version?.digest ?? draftDigest(data)).slice(0, 16)}`,
    date: ctx.clock.now(),
  });
  return { pdf, fileName: `${r.title}${version ? `-v${version.number}` : ''}.pdf` };
}

/** Freezes the complete draft into a new version to sign; an unsigned earlier version is withdrawn. */
export async function freezeVersion(ctx: ServiceContext, agreementId: string): Promise<AgreementView> {
  const { agreement } = await readableAgreement(ctx, agreementId);
  authorize(ctx.actor, 'agreements.edit', { consortiumId: agreement.consortiumId });
  const draft = AgreementSchema.parse(agreement.draft);
  const missing = checkCompleteness(draft);
  if (missing.length) {
    throw new AppError(
      'validation_failed',
      {},
      missing.map((m) => ({
        path: `draft${m.path.replace(/\//g, '.')}`,
        code: m.code,
        message: { 'zh-CN': m.zh, en: m.en },
      })),
    );
  }
  await inTransaction(ctx, (tx) => freezeData(tx, agreementId, agreement.consortiumId, draft, 'draft', null));
  return agreementView(ctx, agreement.consortiumId);
}

/** Writes a new version of `data` for signing (used for drafts and for applied motions). */
export async function freezeData(
  tx: TxContext,
  agreementId: string,
  consortiumId: string,
  data: Agreement,
  origin: 'draft' | 'amendment' | 'accession' | 'exit' | 'expulsion',
  motionId: string | null,
) {
  const canonical = canonicalJson(data);
  const digest = sha256Hex(canonical);
  const versions = await repo.versionsOf(tx.db, agreementId);
  if (versions.some((v) => v.status === 'signing' && v.digest === digest)) {
    throw new AppError('conflict', {
      reason: tx.lang === 'en' ? 'this text is already out for signature' : '该文本已在签署中',
    });
  }
  for (const v of versions.filter((x) => x.status === 'signing')) {
    await repo.setVersionStatus(tx.db, v.id, 'withdrawn');
    await tx.audit({
      action: 'agreement.version_withdrawn',
      entityType: 'agreement_version',
      entityId: v.id,
      consortiumId,
      summary: { number: v.number },
    });
  }
  const v = await repo.insertVersion(tx.db, {
    agreementId,
    number: (versions[0]?.number ?? 0) + 1,
    canonical,
    digest,
    status: 'signing',
    origin,
    motionId,
    createdBy: tx.actor.kind === 'user' ? tx.actor.userId : null,
  });
  await tx.audit({
    action: 'agreement.version_frozen',
    entityType: 'agreement_version',
    entityId: v.id,
    consortiumId,
    after: { number: v.number, digest, origin },
  });
  return v;
}
