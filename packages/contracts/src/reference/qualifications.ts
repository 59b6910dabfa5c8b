// Qualifications an organisation may hold (SPEC §2): enterprise recognitions and national or
// provincial R&D platforms. Names as used by MOST, MIIT and NDRC in their recognition lists.
import { z } from 'zod';

type Labels = { 'zh-CN': string; en: string };

/** The qualifications, grouped: enterprise recognitions first, then national, then provincial platforms. */
export const qualifications = [
  'high_tech_enterprise',
  'tech_sme',
  'innovative_sme',
  'specialised_sme',
  'little_giant',
  'manufacturing_champion',
  'national_key_lab',
  'national_technology_innovation_center',
  'national_manufacturing_innovation_center',
  'national_engineering_research_center',
  'national_engineering_technology_research_center',
  'national_enterprise_technology_center',
  'provincial_key_lab',
  'provincial_technology_innovation_center',
  'provincial_engineering_research_center',
  'provincial_enterprise_technology_center',
  'provincial_new_rd_institution',
] as const;

/** A qualification held by an organisation. */
export const qualificationSchema = z.enum(qualifications).meta({
  id: 'Qualification',
  description:
    'Recognition or platform held by an organisation （高新技术企业，专精特新"小巨人", 全国重点实验室 …）',
});
export type Qualification = z.infer<typeof qualificationSchema>;

/** What a qualification is: an enterprise recognition, or a national or provincial R&D platform. */
export const qualificationLevel: Record<
  Qualification,
  'enterprise' | 'national_platform' | 'provincial_platform'
> = {
  high_tech_enterprise: 'enterprise',
  tech_sme: 'enterprise',
  innovative_sme: 'enterprise',
  specialised_sme: 'enterprise',
  little_giant: 'enterprise',
  manufacturing_champion: 'enterprise',
  national_key_lab: 'national_platform',
  national_technology_innovation_center: 'national_platform',
  national_manufacturing_innovation_center: 'national_platform',
  national_engineering_research_center: 'national_platform',
  national_engineering_technology_research_center: 'national_platform',
  national_enterprise_technology_center: 'national_platform',
  provincial_key_lab: 'provincial_platform',
  provincial_technology_innovation_center: 'provincial_platform',
  provincial_engineering_research_center: 'provincial_platform',
  provincial_enterprise_technology_center: 'provincial_platform',
  provincial_new_rd_institution: 'provincial_platform',
};

/** zh-CN and English labels of the qualifications. */
export const qualificationLabels: Record<Qualification, Labels> = {
  high_tech_enterprise: { 'zh-CN': '高新技术企业', en: 'High and new technology enterprise' },
  tech_sme: { 'zh-CN': '科技型中小企业', en: 'Technology-based SME' },
  innovative_sme: { 'zh-CN': '创新型中小企业', en: 'Innovative SME' },
  specialised_sme: {
    'zh-CN': '专精特新中小企业',
    en: 'Specialised, refined, distinctive and innovative SME',
  },
  little_giant: { 'zh-CN': '专精特新"小巨人"企业', en: 'Specialised and innovative "little giant"' },
  manufacturing_champion: { 'zh-CN': '制造业单项冠军企业', en: 'Manufacturing single-product champion' },
  national_key_lab: {
    'zh-CN': '全国重点实验室（原国家重点实验室）',
    en: 'National key laboratory (formerly state key laboratory)',
  },
  national_technology_innovation_center: {
    'zh-CN': '国家技术创新中心',
    en: 'National technology innovation centre',
  },
  national_manufacturing_innovation_center: {
    'zh-CN': '国家制造业创新中心',
    en: 'National manufacturing innovation centre',
  },
  national_engineering_research_center: {
    'zh-CN': '国家工程研究中心',
    en: 'National engineering research centre',
  },
  national_engineering_technology_research_center: {
    'zh-CN': '国家工程技术研究中心',
    en: 'National engineering technology research centre',
  },
  national_enterprise_technology_center: {
    'zh-CN': '国家企业技术中心',
    en: 'National enterprise technology centre',
  },
  provincial_key_lab: { 'zh-CN': '省级重点实验室', en: 'Provincial key laboratory' },
  provincial_technology_innovation_center: {
    'zh-CN': '省级技术创新中心',
    en: 'Provincial technology innovation centre',
  },
  provincial_engineering_research_center: {
    'zh-CN': '省级工程（技术）研究中心',
    en: 'Provincial engineering (technology) research centre',
  },
  provincial_enterprise_technology_center: {
    'zh-CN': '省级企业技术中心',
    en: 'Provincial enterprise technology centre',
  },
  provincial_new_rd_institution: { 'zh-CN': '省级新型研发机构', en: 'Provincial new R&D institution' },
};
