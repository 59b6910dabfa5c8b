import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { organisationKindLabels, organisationKinds, organisationKindSchema } from './organisation-kinds';
import {
  qualificationLabels,
  qualificationLevel,
  qualifications,
  qualificationSchema,
} from './qualifications';

describe('organisation kinds', () => {
  it('are the kinds the database accepts', () => {
    const schema = readFileSync(new URL('../../../db/src/schema/organisations.ts', import.meta.url), 'utf8');
    const check = /organisations_kind_ck[\s\S]*?in \(([^)]*)\)/.exec(schema)?.[1] ?? '';
    const inDb = [...check.matchAll(/'([a-z_]+)'/g)].map((m) => m[1]);
    expect(inDb).toEqual([...organisationKinds]);
  });

  it('have labels in both languages', () => {
    for (const kind of organisationKinds) {
      expect(organisationKindLabels[kind]['zh-CN']).not.toBe('');
      expect(organisationKindLabels[kind].en).not.toBe('');
    }
    expect(organisationKindLabels.leading_enterprise['zh-CN']).toBe('龙头企业');
    expect(organisationKindLabels.new_rd_institution['zh-CN']).toBe('新型研发机构');
  });

  it('reject anything else', () => {
    expect(organisationKindSchema.safeParse('university').success).toBe(true);
    expect(organisationKindSchema.safeParse('college').success).toBe(false);
  });
});

describe('qualifications', () => {
  it('have a level and labels in both languages, and no two share a label', () => {
    for (const q of qualifications) {
      expect(qualificationLevel[q]).toBeDefined();
      expect(qualificationLabels[q].en).not.toBe('');
    }
    const zh = qualifications.map((q) => qualificationLabels[q]['zh-CN']);
    expect(new Set(zh).size).toBe(qualifications.length);
  });

  it('include the recognitions the article and calls rely on', () => {
    const zh = qualifications.map((q) => qualificationLabels[q]['zh-CN']);
    expect(zh).toEqual(
      expect.arrayContaining([
        '高新技术企业',
        '专精特新"小巨人"企业',
        '专精特新中小企业',
        '科技型中小企业',
        '国家技术创新中心',
        '国家企业技术中心',
        '省级新型研发机构',
      ]),
    );
    expect(qualificationSchema.safeParse('national_key_lab').success).toBe(true);
    expect(qualificationSchema.safeParse('key_lab').success).toBe(false);
  });
});
