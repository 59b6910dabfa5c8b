import { z } from 'zod';
import {
  dateSchema,
  memberRoleSchema,
  memberTierSchema,
  newMemberOrganisationSchema,
  organisationKindLabels,
  organisationKinds,
  regionFullName,
  type ImportResult,
  type Lang,
  type MemberRole,
  type MemberTier,
} from '@huahe/contracts';
import { inTransaction, type ServiceContext } from '../../lib/context';
import { AppError, type AppErrorDetail } from '../../lib/errors';
import { localiseIssue } from '../../lib/i18n';
import {
  readSheet,
  writeErrorReport,
  writeSheet,
  writeTemplate,
  type Column,
  type SheetRow,
} from '../../lib/xlsx';
import {
  findOrganisationByUscc,
  findOrganisationsByName,
  insertOrganisation,
} from '../organisations/organisations.repository';
import { auditState as orgAuditState, toColumns as orgColumns } from '../organisations/organisations.mapper';
import { memberAuditState } from './consortia.mapper';
import * as repo from './consortia.repository';
import { getConsortium, listConsortia } from './consortia.service';
import { authorize } from '../../lib/authz';

export const roleLabels: Record<MemberRole, { 'zh-CN': string; en: string }> = {
  lead: { 'zh-CN': '牵头单位', en: 'Lead' },
  core: { 'zh-CN': '核心成员', en: 'Core member' },
  member: { 'zh-CN': '成员', en: 'Member' },
  supporting: { 'zh-CN': '支撑单位', en: 'Supporting' },
};
export const tierLabels: Record<MemberTier, { 'zh-CN': string; en: string }> = {
  core: { 'zh-CN': '核心层', en: 'Core tier' },
  close: { 'zh-CN': '紧密合作层', en: 'Close cooperation tier' },
  general: { 'zh-CN': '一般协作层', en: 'General cooperation tier' },
};

const memberColumns: Column[] = [
  {
    key: 'nameZh',
    zh: '单位名称',
    en: 'Organisation',
    required: true,
    example: '厦门示例材料有限公司',
    width: 30,
    note: {
      'zh-CN': '已登记的单位按信用代码或名称匹配；未登记的将新建',
      en: 'matched by credit code or name; new organisations are registered',
    },
  },
  {
    key: 'uscc',
    zh: '统一社会信用代码',
    en: 'Credit code',
    width: 22,
    note: { 'zh-CN': '18 位，按 GB 32100-2015 校验', en: '18 characters, checked per GB 32100-2015' },
  },
  {
    key: 'kind',
    zh: '单位类型',
    en: 'Kind',
    example: '企业',
    note: {
      'zh-CN': `新单位必填：${organisationKinds.map((k) => organisationKindLabels[k]['zh-CN']).join('、')}`,
      en: 'required for new organisations',
    },
  },
  { key: 'regionCode', zh: '行政区划代码', en: 'Region code', example: '350206' },
  {
    key: 'role',
    zh: '角色',
    en: 'Role',
    required: true,
    example: '成员',
    note: { 'zh-CN': '核心成员、成员、支撑单位', en: 'core member, member, supporting' },
  },
  {
    key: 'tier',
    zh: '层级',
    en: 'Tier',
    required: true,
    example: '一般协作层',
    note: { 'zh-CN': '核心层、紧密合作层、一般协作层', en: 'core, close, general' },
  },
  {
    key: 'joinedOn',
    zh: '加入日期',
    en: 'Joined on',
    required: true,
    example: '2026-01-15',
    note: { 'zh-CN': 'YYYY-MM-DD', en: 'YYYY-MM-DD' },
  },
  { key: 'joinReason', zh: '加入说明', en: 'Reason', width: 30 },
];

const byLabel = <T extends string>(v: string, labels: Record<T, { 'zh-CN': string; en: string }>): string => {
  const t = v.trim();
  return (
    (Object.keys(labels) as T[]).find(
      (k) => k === t || labels[k]['zh-CN'] === t || labels[k].en.toLowerCase() === t.toLowerCase(),
    ) ?? t
  );
};

const rowSchema = z.strictObject({
  role: memberRoleSchema.exclude(['lead']),
  tier: memberTierSchema,
  joinedOn: dateSchema,
  joinReason: z.string().max(500).optional(),
});

interface Planned {
  row: number;
  organisationId?: string;
  newOrganisation?: z.output<typeof newMemberOrganisationSchema>;
  role: MemberRole;
  tier: MemberTier;
  joinedOn: string;
  joinReason?: string;
}

const msg = (zh: string, en: string) => ({ 'zh-CN': zh, en });

async function plan(
  ctx: ServiceContext,
  consortiumId: string,
  rows: SheetRow[],
): Promise<{ planned: Planned[]; errors: AppErrorDetail[] }> {
  const errors: AppErrorDetail[] = [];
  const planned: Planned[] = [];
  const seen = new Map<string, number>();
  const push = (
    row: number,
    field: string,
    issue: { code?: string; message: { 'zh-CN': string; en: string } },
  ) =>
    errors.push({
      path: `rows[${row}]${field ? `.${field}` : ''}`,
      code: issue.code,
      message: issue.message,
    });
  for (const r of rows) {
    const v = r.values;
    const opt = (s?: string) => (s && s.trim() ? s.trim() : undefined);
    const spell = rowSchema.safeParse({
      role: byLabel(v.role ?? '', roleLabels),
      tier: byLabel(v.tier ?? '', tierLabels),
      joinedOn: v.joinedOn ?? '',
      joinReason: opt(v.joinReason),
    });
    if (!spell.success) {
      for (const i of spell.error.issues)
        push(r.row, String(i.path[0] ?? ''), {
          code: i.code,
          message: { 'zh-CN': localiseIssue(i as never, 'zh-CN'), en: localiseIssue(i as never, 'en') },
        });
    }
    const org = newMemberOrganisationSchema.partial({ kind: true }).safeParse({
      nameZh: v.nameZh ?? '',
      uscc: opt(v.uscc),
      kind: opt(v.kind) ? byLabel(v.kind!, organisationKindLabels) : undefined,
      regionCode: opt(v.regionCode),
    });
    if (!org.success) {
      for (const i of org.error.issues)
        push(r.row, String(i.path[0] ?? ''), {
          code: i.code,
          message: { 'zh-CN': localiseIssue(i as never, 'zh-CN'), en: localiseIssue(i as never, 'en') },
        });
      continue;
    }
    const o = org.data;
    let organisationId: string | undefined;
    if (o.uscc) {
      const existing = await findOrganisationByUscc(ctx.db, o.uscc);
      organisationId = existing?.id;
    } else {
      const named = await findOrganisationsByName(ctx.db, o.nameZh);
      if (named.length > 1)
        push(r.row, 'nameZh', {
          code: 'ambiguous',
          message: msg(
            '有多家同名单位，请填写统一社会信用代码',
            'several organisations have this name; give the credit code',
          ),
        });
      organisationId = named.length === 1 ? named[0]!.id : undefined;
    }
    if (!organisationId && !o.kind)
      push(r.row, 'kind', {
        code: 'required',
        message: msg('新单位须填写单位类型', 'a new organisation needs its kind'),
      });
    const key = organisationId ?? o.uscc ?? o.nameZh;
    if (seen.has(key))
      push(r.row, 'nameZh', {
        code: 'duplicate',
        message: msg(`与第 ${seen.get(key)} 行是同一单位`, `same organisation as row ${seen.get(key)}`),
      });
    else seen.set(key, r.row);
    if (organisationId && (await repo.activeSpell(ctx.db, consortiumId, organisationId))) {
      push(r.row, 'nameZh', {
        code: 'already_member',
        message: msg('该单位已是本联合体的在册成员', 'already a member'),
      });
    }
    if (spell.success) {
      planned.push({
        row: r.row,
        ...(organisationId
          ? { organisationId }
          : { newOrganisation: o as z.output<typeof newMemberOrganisationSchema> }),
        ...spell.data,
      });
    }
  }
  return { planned, errors };
}

async function manage(ctx: ServiceContext, consortiumId: string) {
  await getConsortium(ctx, consortiumId);
  authorize(ctx.actor, 'consortia.members.manage', { consortiumId });
}

/** Imports a consortium's members from Excel: every row or none. */
export async function importMembers(
  ctx: ServiceContext,
  consortiumId: string,
  file: Buffer,
): Promise<ImportResult> {
  await manage(ctx, consortiumId);
  const { rows } = await readSheet(file, memberColumns);
  const { planned, errors } = await plan(ctx, consortiumId, rows);
  if (errors.length) throw new AppError('validation_failed', {}, errors);
  let created = 0;
  await inTransaction(ctx, async (tx) => {
    for (const p of planned) {
      let organisationId = p.organisationId;
      if (!organisationId) {
        const org = await insertOrganisation(
          tx.db,
          orgColumns(p.newOrganisation!) as { nameZh: string; kind: string },
        );
        await tx.audit({
          action: 'organisation.created',
          entityType: 'organisation',
          entityId: org.id,
          organisationId: org.id,
          after: orgAuditState(org),
          summary: { via: 'member_import' },
        });
        organisationId = org.id;
        created++;
      }
      const m = await repo.insertMember(tx.db, {
        consortiumId,
        organisationId,
        role: p.role,
        tier: p.tier,
        joinedOn: p.joinedOn,
        joinReason: p.joinReason ?? null,
      });
      await tx.audit({
        action: 'consortium.member_added',
        entityType: 'consortium_member',
        entityId: m.id,
        consortiumId,
        organisationId,
        after: memberAuditState(m),
        summary: { via: 'import' },
      });
    }
  });
  return { imported: planned.length, created, updated: 0 };
}

/** The uploaded member sheet annotated with every problem. */
export async function memberImportReport(
  ctx: ServiceContext,
  consortiumId: string,
  file: Buffer,
): Promise<Buffer> {
  await manage(ctx, consortiumId);
  const { rows, workbook } = await readSheet(file, memberColumns);
  const { errors } = await plan(ctx, consortiumId, rows);
  return writeErrorReport(workbook, memberColumns, errors, ctx.lang);
}

/** The member import template. */
export async function memberImportTemplate(ctx: ServiceContext): Promise<Buffer> {
  return writeTemplate(ctx.lang === 'en' ? 'Members' : '成员', memberColumns, ctx.lang);
}

/** Every membership spell of a consortium as an .xlsx file. */
export async function exportMembers(ctx: ServiceContext, consortiumId: string): Promise<Buffer> {
  const c = await getConsortium(ctx, consortiumId);
  const lang: Lang = ctx.lang;
  const yes = lang === 'en' ? 'yes' : '是';
  return writeSheet(
    lang === 'en' ? 'Members' : '成员',
    [
      { key: 'nameZh', zh: '单位名称', en: 'Organisation', width: 34 },
      { key: 'uscc', zh: '统一社会信用代码', en: 'Credit code', width: 22 },
      { key: 'usccIsExample', zh: '信用代码为示例', en: 'Example code' },
      { key: 'kind', zh: '单位类型', en: 'Kind' },
      { key: 'region', zh: '行政区划', en: 'Region', width: 24 },
      { key: 'role', zh: '角色', en: 'Role' },
      { key: 'tier', zh: '层级', en: 'Tier' },
      { key: 'joinedOn', zh: '加入日期', en: 'Joined on' },
      { key: 'joinReason', zh: '加入说明', en: 'Reason', width: 24 },
      { key: 'leftOn', zh: '退出日期', en: 'Left on' },
      { key: 'leaveReason', zh: '退出原因', en: 'Reason for leaving', width: 24 },
      { key: 'isExample', zh: '示例数据', en: 'Example record' },
    ],
    c.members.map((m) => [
      m.organisation.nameZh,
      m.organisation.uscc,
      m.organisation.usccIsExample ? yes : '',
      organisationKindLabels[m.organisation.kind][lang],
      m.organisation.regionCode ? regionFullName(m.organisation.regionCode, lang) : '',
      roleLabels[m.role][lang],
      tierLabels[m.tier][lang],
      m.joinedOn,
      m.joinReason,
      m.leftOn,
      m.leaveReason,
      m.organisation.isExample ? yes : '',
    ]),
    lang,
  );
}

const statusLabels: Record<string, { 'zh-CN': string; en: string }> = {
  draft: msg('草稿', 'Draft'),
  submitted: msg('已提交', 'Submitted'),
  formal_check: msg('形式审查', 'Formal check'),
  expert_review: msg('专家评审', 'Expert review'),
  approved: msg('已批复', 'Approved'),
  rejected: msg('未通过', 'Rejected'),
  returned: msg('退回修改', 'Returned'),
  operating: msg('运行中', 'Operating'),
  rectification: msg('整改中', 'Rectification'),
  revoked: msg('已撤销', 'Revoked'),
  concluded: msg('已结题', 'Concluded'),
};

/** The consortium list (as the caller sees it) as an .xlsx file. */
export async function exportConsortia(ctx: ServiceContext, q: repo.ConsortiumFilter): Promise<Buffer> {
  const { items } = await listConsortia(ctx, { ...q, page: 1, pageSize: 100_000 });
  const lang = ctx.lang;
  return writeSheet(
    lang === 'en' ? 'Consortia' : '创新联合体',
    [
      { key: 'nameZh', zh: '联合体名称', en: 'Consortium', width: 40 },
      { key: 'field', zh: '领域', en: 'Field', width: 20 },
      { key: 'status', zh: '状态', en: 'Status' },
      { key: 'lead', zh: '牵头单位', en: 'Lead unit', width: 34 },
      { key: 'members', zh: '当前成员数', en: 'Members' },
      { key: 'foundedOn', zh: '组建日期', en: 'Founded' },
      { key: 'region', zh: '所在地区', en: 'Region', width: 20 },
      { key: 'historical', zh: '历史案例', en: 'Historical' },
    ],
    items.map((c) => [
      c.nameZh,
      c.field,
      statusLabels[c.status]?.[lang] ?? c.status,
      c.leadName,
      c.memberCount,
      c.foundedOn,
      c.regionCode ? regionFullName(c.regionCode, lang) : '',
      c.isHistorical ? (lang === 'en' ? 'yes' : '是') : '',
    ]),
    lang,
  );
}
