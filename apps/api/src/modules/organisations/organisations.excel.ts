import type { z } from 'zod';
import {
  industryName,
  organisationInputSchema,
  organisationKindLabels,
  organisationKinds,
  qualificationLabels,
  qualifications,
  regionFullName,
  type ImportResult,
  type Lang,
  type OrganisationListQuery,
} from '@huahe/contracts';
import { authorize } from '../../lib/authz';
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
import { auditState, latestIntensity, toColumns } from './organisations.mapper';
import * as repo from './organisations.repository';

const listSep = /[;；,，、\n]+/;

/** The columns of the organisation import template. */
export const importColumns: Column[] = [
  {
    key: 'nameZh',
    zh: '单位名称',
    en: 'Name (Chinese)',
    required: true,
    example: '厦门示例科技有限公司',
    width: 30,
    note: { 'zh-CN': '单位法定名称（中文）', en: 'legal name in Chinese' },
  },
  {
    key: 'nameEn',
    zh: '英文名称',
    en: 'Name (English)',
    example: 'Xiamen Example Technology Co., Ltd.',
    width: 30,
  },
  { key: 'shortName', zh: '简称', en: 'Short name', example: '示例科技' },
  {
    key: 'uscc',
    zh: '统一社会信用代码',
    en: 'Credit code',
    example: '',
    width: 22,
    note: {
      'zh-CN': '18 位，按 GB 32100-2015 校验；填写后以此识别已有单位并更新',
      en: '18 characters, checked per GB 32100-2015; an existing organisation with this code is updated',
    },
  },
  {
    key: 'kind',
    zh: '单位类型',
    en: 'Kind',
    required: true,
    example: '企业',
    note: {
      'zh-CN': `可填：${organisationKinds.map((k) => organisationKindLabels[k]['zh-CN']).join('、')}`,
      en: `one of: ${organisationKinds.map((k) => organisationKindLabels[k].en).join(', ')}`,
    },
  },
  {
    key: 'regionCode',
    zh: '行政区划代码',
    en: 'Region code',
    example: '350211',
    note: {
      'zh-CN': 'GB/T 2260 六位代码，如 350211（厦门市集美区）',
      en: 'GB/T 2260 six-digit code, e.g. 350211',
    },
  },
  {
    key: 'industryCode',
    zh: '行业代码',
    en: 'Industry code',
    example: 'C39',
    note: {
      'zh-CN': 'GB/T 4754-2017 门类或大类，如 C39、M73',
      en: 'GB/T 4754-2017 section or division, e.g. C39, M73',
    },
  },
  {
    key: 'qualifications',
    zh: '资质',
    en: 'Qualifications',
    example: '高新技术企业',
    note: {
      'zh-CN': `多项用“；”分隔。可填：${qualifications.map((q) => qualificationLabels[q]['zh-CN']).join('、')}`,
      en: 'separate several with ";"',
    },
  },
  {
    key: 'isSme',
    zh: '是否中小企业',
    en: 'SME',
    example: '是',
    note: { 'zh-CN': '是 / 否', en: 'yes / no' },
  },
  {
    key: 'profileTags',
    zh: '能力标签',
    en: 'Capability tags',
    example: '碳化硅；功率器件',
    width: 30,
    note: { 'zh-CN': '多项用“；”分隔', en: 'separate several with ";"' },
  },
  { key: 'profileZh', zh: '能力简介', en: 'Capability profile', width: 40 },
  { key: 'website', zh: '网址', en: 'Website', example: 'https://www.example.cn' },
];

function fromLabel<T extends string>(
  value: string,
  codes: readonly T[],
  labels: Record<T, { 'zh-CN': string; en: string }>,
): T | string {
  const v = value.trim();
  return (
    codes.find(
      (c) => c === v || labels[c]['zh-CN'] === v || labels[c].en.toLowerCase() === v.toLowerCase(),
    ) ?? v
  );
}

/** A sheet row as the API input it stands for (labels turned into codes). */
function rowToInput(r: SheetRow): Record<string, unknown> {
  const v = r.values;
  const opt = (s: string | undefined) => (s && s.trim() ? s.trim() : undefined);
  return {
    nameZh: v.nameZh ?? '',
    nameEn: opt(v.nameEn),
    shortName: opt(v.shortName),
    uscc: opt(v.uscc),
    kind: fromLabel(v.kind ?? '', organisationKinds, organisationKindLabels),
    regionCode: opt(v.regionCode),
    industryCode: opt(v.industryCode),
    qualifications: (v.qualifications ?? '')
      .split(listSep)
      .filter(Boolean)
      .map((q) => fromLabel(q, qualifications, qualificationLabels)),
    isSme: /^(是|yes|true|y|1)$/i.test((v.isSme ?? '').trim()),
    profileTags: (v.profileTags ?? '')
      .split(listSep)
      .map((t) => t.trim())
      .filter(Boolean),
    profileZh: opt(v.profileZh),
    website: opt(v.website),
  };
}

type Parsed = { row: number; input: z.output<typeof organisationInputSchema> };

/** Checks every row; returns the valid inputs, or every problem found, by row and column. */
async function checkRows(
  ctx: ServiceContext,
  rows: SheetRow[],
): Promise<{ parsed: Parsed[]; errors: AppErrorDetail[] }> {
  const errors: AppErrorDetail[] = [];
  const parsed: Parsed[] = [];
  const seenUscc = new Map<string, number>();
  const seenName = new Map<string, number>();
  for (const r of rows) {
    const result = organisationInputSchema.safeParse(rowToInput(r));
    if (!result.success) {
      for (const issue of result.error.issues) {
        const field = String(issue.path[0] ?? '');
        errors.push({
          path: `rows[${r.row}]${field ? `.${field}` : ''}`,
          code: issue.code,
          message: {
            'zh-CN': localiseIssue(issue as never, 'zh-CN'),
            en: localiseIssue(issue as never, 'en'),
          },
        });
      }
      continue;
    }
    const input = result.data;
    if (input.uscc) {
      const first = seenUscc.get(input.uscc);
      if (first) {
        errors.push({
          path: `rows[${r.row}].uscc`,
          code: 'duplicate',
          message: { 'zh-CN': `与第 ${first} 行的信用代码重复`, en: `same credit code as row ${first}` },
        });
      } else seenUscc.set(input.uscc, r.row);
    }
    const firstName = seenName.get(input.nameZh);
    if (firstName) {
      errors.push({
        path: `rows[${r.row}].nameZh`,
        code: 'duplicate',
        message: { 'zh-CN': `与第 ${firstName} 行的单位名称重复`, en: `same name as row ${firstName}` },
      });
    } else seenName.set(input.nameZh, r.row);
    if (input.uscc) {
      const existing = await repo.findOrganisationByUscc(ctx.db, input.uscc);
      if (existing && (await repo.hasOwnAdmin(ctx.db, existing.id))) {
        errors.push({
          path: `rows[${r.row}].uscc`,
          code: 'own_admin',
          message: {
            'zh-CN': `“${existing.nameZh}”由其单位管理员维护，不能通过导入修改`,
            en: `"${existing.nameZh}" is kept by its own admin and cannot be changed by an import`,
          },
        });
      }
    } else if ((await repo.findOrganisationsByName(ctx.db, input.nameZh)).length > 0) {
      errors.push({
        path: `rows[${r.row}].nameZh`,
        code: 'exists',
        message: {
          'zh-CN': '已有同名单位；如需更新，请填写其统一社会信用代码',
          en: 'an organisation with this name exists; give its credit code to update it',
        },
      });
    }
    parsed.push({ row: r.row, input });
  }
  return { parsed, errors };
}

/**
 * Imports organisations from an .xlsx file: the whole file is checked first, then imported in
 * one transaction, or rejected with every problem by row and column (nothing imported).
 */
export async function importOrganisations(ctx: ServiceContext, file: Buffer): Promise<ImportResult> {
  authorize(ctx.actor, 'organisations.import');
  const { rows } = await readSheet(file, importColumns);
  const { parsed, errors } = await checkRows(ctx, rows);
  if (errors.length) throw new AppError('validation_failed', {}, errors);
  let created = 0;
  let updated = 0;
  await inTransaction(ctx, async (tx) => {
    for (const { input } of parsed) {
      const existing = input.uscc ? await repo.findOrganisationByUscc(tx.db, input.uscc) : undefined;
      if (existing) {
        const after = await repo.updateOrganisation(
          tx.db,
          existing.id,
          existing.version,
          toColumns(input),
          ctx.clock.now().toISOString(),
        );
        await tx.audit({
          action: 'organisation.updated',
          entityType: 'organisation',
          entityId: existing.id,
          organisationId: existing.id,
          before: auditState(existing),
          after: auditState(after!),
          summary: { via: 'import' },
        });
        updated++;
      } else {
        const row = await repo.insertOrganisation(
          tx.db,
          toColumns(input) as typeof input & { nameZh: string; kind: string },
        );
        await tx.audit({
          action: 'organisation.created',
          entityType: 'organisation',
          entityId: row.id,
          organisationId: row.id,
          after: auditState(row),
          summary: { via: 'import' },
        });
        created++;
      }
    }
  });
  return { imported: created + updated, created, updated };
}

/** The uploaded file annotated with every problem (an error column and red cells), to download. */
export async function organisationImportReport(ctx: ServiceContext, file: Buffer): Promise<Buffer> {
  authorize(ctx.actor, 'organisations.import');
  const { rows, workbook } = await readSheet(file, importColumns);
  const { errors } = await checkRows(ctx, rows);
  return writeErrorReport(workbook, importColumns, errors, ctx.lang);
}

/** The import template with an example row and instructions. */
export async function organisationImportTemplate(ctx: ServiceContext): Promise<Buffer> {
  authorize(ctx.actor, 'organisations.import');
  return writeTemplate(ctx.lang === 'en' ? 'Organisations' : '单位', importColumns, ctx.lang);
}

const exportColumns = (lang: Lang): Column[] =>
  [
    { key: 'nameZh', zh: '单位名称', en: 'Name (Chinese)', width: 34 },
    { key: 'nameEn', zh: '英文名称', en: 'Name (English)', width: 34 },
    { key: 'uscc', zh: '统一社会信用代码', en: 'Credit code', width: 22 },
    { key: 'usccIsExample', zh: '信用代码为示例', en: 'Example code' },
    { key: 'kind', zh: '单位类型', en: 'Kind' },
    { key: 'regionCode', zh: '行政区划代码', en: 'Region code' },
    { key: 'region', zh: '行政区划', en: 'Region', width: 24 },
    { key: 'industry', zh: '行业', en: 'Industry', width: 30 },
    { key: 'qualifications', zh: '资质', en: 'Qualifications', width: 30 },
    { key: 'isSme', zh: '中小企业', en: 'SME' },
    { key: 'profileTags', zh: '能力标签', en: 'Tags', width: 30 },
    { key: 'consortia', zh: '参与联合体数', en: 'Consortia' },
    { key: 'rdIntensity', zh: '最新研发强度（%）', en: 'Latest R&D intensity (%)' },
    { key: 'isExample', zh: '示例数据', en: 'Example record' },
  ].map((c) => ({ ...c, zh: c.zh, en: c.en, key: c.key, width: c.width ?? (lang === 'en' ? 18 : 16) }));

/** Every organisation matching the filters as an .xlsx file. */
export async function exportOrganisations(
  ctx: ServiceContext,
  q: Omit<OrganisationListQuery, 'page' | 'pageSize'>,
): Promise<Buffer> {
  authorize(ctx.actor, 'organisations.list');
  const { rows } = await repo.listOrganisations(ctx.db, { ...q, page: 1, pageSize: 1 }, 100_000, 0);
  const figures = await repo.figuresOf(
    ctx.db,
    rows.map((r) => r.org.id),
  );
  const lang = ctx.lang;
  const yes = lang === 'en' ? 'yes' : '是';
  const no = lang === 'en' ? 'no' : '否';
  const sep = lang === 'en' ? '; ' : '；';
  return writeSheet(
    lang === 'en' ? 'Organisations' : '单位',
    exportColumns(lang),
    rows.map(({ org: o, consortiumCount }) => [
      o.nameZh,
      o.nameEn,
      o.uscc,
      o.usccIsExample ? yes : no,
      organisationKindLabels[o.kind as keyof typeof organisationKindLabels]?.[lang] ?? o.kind,
      o.regionCode,
      o.regionCode ? (regionFullName(o.regionCode, lang) ?? '') : '',
      o.industryCode ? `${o.industryCode} ${industryName(o.industryCode, lang) ?? ''}` : '',
      o.qualifications
        .map((x) => qualificationLabels[x as keyof typeof qualificationLabels]?.[lang] ?? x)
        .join(sep),
      o.isSme ? yes : no,
      o.profileTags.join(sep),
      consortiumCount,
      latestIntensity(figures.filter((f) => f.organisationId === o.id)),
      o.isExample ? yes : no,
    ]),
    lang,
  );
}
