import type { consortia, consortiumMembers, organisations } from '@huahe/db';

export type DemoOrganisation = typeof organisations.$inferInsert & { nameZh: string };
export type DemoConsortium = Omit<typeof consortia.$inferInsert, 'leadOrganisationId'> & {
  nameZh: string;
  lead: string;
  members: (Omit<typeof consortiumMembers.$inferInsert, 'consortiumId' | 'organisationId'> & {
    organisation: string;
  })[];
};

const ARTICLE = '来源:科技日报《创新联合体:让创新链产业链产生"化学反应"》';

/** Organisations named in the source article (full set in demo-data of issue 3). */
export const demoOrganisations: DemoOrganisation[] = [
  {
    nameZh: '厦门盈趣科技股份有限公司',
    nameEn: 'Xiamen Intretech Inc.',
    shortName: '厦门盈趣',
    kind: 'leading_enterprise',
    regionCode: '350200',
    industryCode: 'C39',
    profileTags: ['元宇宙', '工业元宇宙', 'AI数字人', '智能制造'],
    profileZh: '元宇宙支撑技术与场景驱动创新联合体牵头单位;连续两年入选胡润中国元宇宙潜力榜50强。',
    dataNote: ARTICLE,
  },
  {
    nameZh: '集美大学',
    nameEn: 'Jimei University',
    kind: 'university',
    regionCode: '350200',
    industryCode: 'P83',
    profileTags: ['元宇宙'],
    dataNote: ARTICLE,
  },
];

/** Consortia of the source article. */
export const demoConsortia: DemoConsortium[] = [
  {
    nameZh: '元宇宙支撑技术与场景驱动创新联合体',
    nameEn: 'Metaverse Supporting Technologies and Scenario-Driven Innovation Consortium',
    lead: '厦门盈趣科技股份有限公司',
    field: '元宇宙',
    status: 'operating',
    origin: 'self_organised',
    approvedBy: '厦门市科技局',
    regionCode: '350200',
    dataNote: ARTICLE,
    members: [
      { organisation: '厦门盈趣科技股份有限公司', role: 'lead', tier: 'core', joinedOn: '2022-11-01' },
      { organisation: '集美大学', role: 'core', tier: 'core', joinedOn: '2022-11-01' },
    ],
  },
];
