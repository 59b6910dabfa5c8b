import { eq } from 'drizzle-orm';
import {
  canonicalJson,
  createFromTemplate,
  regionFullName,
  type Agreement,
  type Party,
} from '@huahe/contracts';
import { consortia, users, type Db } from '@huahe/db';
import { systemActor } from '../lib/actor';
import type { Clock } from '../lib/clock';
import { inTransaction, type ServiceContext } from '../lib/context';
import { sha256Hex } from '../lib/digest';
import { sealValue } from '../lib/seal';
import { membersOf } from '../modules/consortia/consortia.repository';
import * as repo from '../modules/agreements/agreements.repository';
import { signatureStatement } from '../modules/agreements/bundle';
import { signingKey } from '../modules/agreements/signing.service';

const CONSORTIUM = '元宇宙支撑技术与场景驱动创新联合体';
const EXAMPLE = '（示例）';

/** The metaverse consortium's agreement: Xiamen template, every current member a party; figures, names of signers and representatives are examples. */
export async function demoAgreementData(db: Db, consortiumId: string): Promise<Agreement> {
  const members = (await membersOf(db, consortiumId)).filter(({ m }) => !m.leftOn);
  const parties: Party[] = members.map(({ m, o }) => ({
    organisationId: o.id,
    legalName: { zh: o.nameZh, ...(o.nameEn ? { en: o.nameEn } : {}) },
    ...(o.uscc ? { creditCode: o.uscc } : {}),
    domicile: { zh: `${o.regionCode ? (regionFullName(o.regionCode) ?? '') : ''}${EXAMPLE}` },
    legalRepresentative: `${EXAMPLE}法定代表人`,
    role: m.role as Party['role'],
    tier: m.tier as Party['tier'],
  }));
  const lead = parties.find((p) => p.role === 'lead')!;
  const zju = parties.find((p) => p.legalName.zh === '浙江大学')!;
  const others = parties.filter((p) => p !== lead).map((p) => p.organisationId);
  return createFromTemplate('xiamen', {
    consortium: {
      name: {
        zh: CONSORTIUM,
        en: 'Metaverse Supporting Technologies and Scenario-Driven Innovation Consortium',
      },
      field: { zh: '元宇宙', en: 'metaverse' },
      purpose: {
        zh: '拆分技术研发目标、寻找合作伙伴，促成供需侧各方直接对接、同向发力，攻克工业元宇宙场景关键技术（演示数据：金额、人员、代表人与签字人均为示例）。',
        en: 'To split the R&D goals, find partners and bring supply and demand together to solve the key technologies of industrial metaverse scenarios (demo data: amounts, staff, representatives and signers are examples).',
      },
      consortiumId,
    },
    parties,
    goals: [
      {
        title: { zh: '工业元宇宙场景关键技术', en: 'key technologies of industrial metaverse scenarios' },
        indicators: [{ zh: '多款应用在厦门落地', en: 'several applications deployed in Xiamen' }],
        trl: { start: 4, target: 8 },
      },
      {
        title: { zh: 'AI数字人生成与应用', en: 'AI digital humans: generation and use' },
        indicators: [
          {
            zh: '基于一张照片和一段文本在毫秒级生成数字化身并接入大模型',
            en: 'an avatar from one photo and one text in milliseconds, connected to large models',
          },
        ],
        trl: { start: 3, target: 7 },
      },
    ],
    tasks: [
      {
        title: { zh: '工业元宇宙支撑技术攻关', en: 'industrial metaverse enabling technologies' },
        leadPartyId: lead.organisationId,
        participantPartyIds: others,
        goalIndex: 0,
        deliverables: [{ zh: '场景应用与标志性产品', en: 'scenario applications and flagship products' }],
      },
      {
        title: { zh: 'AI数字人重点攻关任务', en: 'AI digital human priority task' },
        leadPartyId: lead.organisationId,
        participantPartyIds: [zju.organisationId],
        goalIndex: 1,
        deliverables: [{ zh: 'AI数字人样机', en: 'AI digital human prototype' }],
      },
    ],
    commitments: parties.map((p) => ({
      partyId: p.organisationId,
      cashYuan: p === lead ? '5000000.00' : p.role === 'core' ? '0.00' : '500000.00',
      inKind: [],
      personMonths: p === lead ? '60' : p.role === 'core' ? '36' : '12',
    })),
    background: parties.map((p) => ({ partyId: p.organisationId, items: [], exclusions: [] })),
    chiefScientist: {
      name: `${EXAMPLE}首席科学家`,
      affiliationPartyId: zju.organisationId,
      technicalDecisionRights: {
        zh: '技术路线选择和关键技术问题的裁决',
        en: 'choice of technical route and rulings on key technical questions',
      },
    },
    disputeForum: { kind: 'arbitration', commission: '厦门仲裁委员会' },
    term: { startsOn: '2022-11-01', endsOn: '2027-10-31' },
  });
}

/**
 * Loads an effective, fully signed agreement for the metaverse consortium (idempotent). The
 * signature of 集美大学 is by its demo admin; the others by example signers.
 */
export async function seedDemoAgreement(db: Db, clock: Clock): Promise<void> {
  const ctx: ServiceContext = { db, actor: systemActor('seed'), clock, lang: 'zh-CN', requestId: null };
  const [c] = await db.select().from(consortia).where(eq(consortia.nameZh, CONSORTIUM));
  if (!c || (await repo.findAgreementByConsortium(db, c.id))) return;
  const data = await demoAgreementData(db, c.id);
  const [jmuAdmin] = await db.select().from(users).where(eq(users.email, 'member@demo.huahe'));
  const key = await signingKey(db);
  await inTransaction(ctx, async (tx) => {
    const a = await repo.insertAgreement(tx.db, { consortiumId: c.id, template: 'xiamen', draft: data });
    await tx.audit({
      action: 'agreement.created',
      entityType: 'agreement',
      entityId: a.id,
      consortiumId: c.id,
      summary: { template: 'xiamen' },
    });
    const canonical = canonicalJson(data);
    const digest = sha256Hex(canonical);
    const v = await repo.insertVersion(tx.db, {
      agreementId: a.id,
      number: 1,
      canonical,
      digest,
      status: 'signing',
      origin: 'draft',
      createdAt: '2024-09-10T02:00:00.000Z',
    });
    await tx.audit({
      action: 'agreement.version_frozen',
      entityType: 'agreement_version',
      entityId: v.id,
      consortiumId: c.id,
      after: { number: 1, digest },
    });
    let minute = 0;
    for (const p of data.parties) {
      const isJmu = p.legalName.zh === '集美大学' && jmuAdmin;
      const statement = signatureStatement({
        partyId: p.organisationId,
        organisationId: p.organisationId,
        signerName: isJmu ? jmuAdmin.displayName : `${EXAMPLE}${p.legalName.zh}授权签字人`,
        signerEmail: isJmu ? jmuAdmin.email : 'example-signer@demo.huahe',
        signedAt: new Date(Date.parse('2024-09-12T01:00:00.000Z') + minute++ * 600_000).toISOString(),
        digest,
        keyId: key.id,
      });
      await repo.insertSignature(tx.db, {
        versionId: v.id,
        ...statement,
        signerUserId: isJmu ? jmuAdmin.id : null,
        seal: sealValue(key, statement),
      });
      await tx.audit({
        action: 'agreement.signed',
        entityType: 'agreement_version',
        entityId: v.id,
        consortiumId: c.id,
        organisationId: p.organisationId,
        after: { digest, signer: statement.signerEmail },
      });
    }
    await repo.setVersionStatus(
      tx.db,
      v.id,
      'effective',
      new Date(Date.parse('2024-09-12T01:00:00.000Z') + minute * 600_000).toISOString(),
    );
    await tx.audit({
      action: 'agreement.version_effective',
      entityType: 'agreement_version',
      entityId: v.id,
      consortiumId: c.id,
      summary: { number: 1, digest },
    });
  });
}
