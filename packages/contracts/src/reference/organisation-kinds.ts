// Organisation kinds (SPEC §2). The values are the ones packages/db checks in organisations_kind_ck;
// change both together.
import { z } from 'zod';

type Labels = { 'zh-CN': string; en: string };

/** The kinds of organisation, in the order forms list them. */
export const organisationKinds = [
  'leading_enterprise',
  'enterprise',
  'sme',
  'university',
  'research_institute',
  'new_rd_institution',
  'testing_body',
  'government',
  'financial',
  'other',
] as const;

/** An organisation kind. */
export const organisationKindSchema = z.enum(organisationKinds).meta({
  id: 'OrganisationKind',
  description: 'Kind of organisation (SPEC §2): leading enterprise, SME, university, research institute …',
});
export type OrganisationKind = z.infer<typeof organisationKindSchema>;

/** zh-CN and English labels of the organisation kinds. */
export const organisationKindLabels: Record<OrganisationKind, Labels> = {
  leading_enterprise: { 'zh-CN': '龙头企业', en: 'Leading enterprise' },
  enterprise: { 'zh-CN': '企业', en: 'Enterprise' },
  sme: { 'zh-CN': '中小企业（含专精特新）', en: 'SME (incl. specialised and innovative)' },
  university: { 'zh-CN': '高校', en: 'University' },
  research_institute: { 'zh-CN': '科研院所', en: 'Research institute' },
  new_rd_institution: { 'zh-CN': '新型研发机构', en: 'New R&D institution' },
  testing_body: { 'zh-CN': '检测认证机构', en: 'Testing and certification body' },
  government: { 'zh-CN': '政府机构', en: 'Government agency' },
  financial: { 'zh-CN': '金融机构', en: 'Financial institution' },
  other: { 'zh-CN': '其他', en: 'Other' },
};
