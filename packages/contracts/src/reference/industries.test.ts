import { describe, expect, it } from 'vitest';
import {
  industryCascaderOptions,
  industryDivisions,
  industryName,
  industrySections,
  isValidIndustryCode,
  parseIndustryCode,
} from './industries';
import { identifierIssueReason } from '../identifiers/schemas';
import { industryCodeSchema } from './schemas';

describe('GB/T 4754-2017 sections and divisions', () => {
  it('has exactly 20 sections A–T and 97 divisions 01–97', () => {
    expect(industrySections.map((s) => s.code).join('')).toBe('ABCDEFGHIJKLMNOPQRST');
    expect(industryDivisions.map((d) => d.code)).toEqual(
      Array.from({ length: 97 }, (_, i) => String(i + 1).padStart(2, '0')),
    );
  });

  it('puts every division in exactly one section, in order', () => {
    expect(industrySections.flatMap((s) => s.divisions)).toEqual(industryDivisions.map((d) => d.code));
    expect(industryDivisions.every((d) => d.section !== '')).toBe(true);
  });

  it.each([
    ['A01', '农业', 'Agriculture'],
    ['C13', '农副食品加工业', 'Processing of Food from Agricultural Products'],
    [
      'C39',
      '计算机、通信和其他电子设备制造业',
      'Manufacture of Computers, Communication and Other Electronic Equipment',
    ],
    ['G58', '多式联运和运输代理业', 'Multimodal Transport and Transport Agency'],
    ['I65', '软件和信息技术服务业', 'Software and Information Technology Services'],
    ['M73', '研究和试验发展', 'Research and Experimental Development'],
    ['M75', '科技推广和应用服务业', 'Technology Promotion and Application Services'],
    ['S96', '基层群众自治组织及其他组织', 'Grassroots Self-governing Organizations and Other Organizations'],
    ['T97', '国际组织', 'International Organizations'],
    ['C', '制造业', 'Manufacturing'],
    ['M', '科学研究和技术服务业', 'Scientific Research and Technical Services'],
  ])('names %s %s', (code, zh, en) => {
    expect(industryName(code)).toBe(zh);
    expect(industryName(code, 'en')).toBe(en);
  });

  it('has distinct, non-empty names in both languages', () => {
    const zh = industryDivisions.map((d) => d.zh);
    const en = industryDivisions.map((d) => d.en);
    expect(new Set(zh).size).toBe(97);
    expect(new Set(en).size).toBe(97);
    expect([...zh, ...en].every((n) => n.trim() === n && n.length > 1)).toBe(true);
  });
});

describe('industry codes', () => {
  it('completes a bare division with its section', () => {
    expect(parseIndustryCode('73')?.code).toBe('M73');
    expect(parseIndustryCode('05')?.code).toBe('A05');
  });

  it.each(['C65', 'U', 'C', 'M73'])('knows whether %s is a code', (code) => {
    expect(isValidIndustryCode(code)).toBe(code !== 'C65' && code !== 'U');
  });

  it.each(['', '98', '00', 'c39', 'C3911', 'CC'])('rejects %j', (code) => {
    expect(parseIndustryCode(code)).toBeUndefined();
  });

  it('normalises through the schema and explains unknown codes', () => {
    expect(industryCodeSchema.parse(' c39 ')).toBe('C39');
    expect(industryCodeSchema.parse('65')).toBe('I65');
    expect(identifierIssueReason(industryCodeSchema.safeParse('C65').error?.issues[0])?.code).toBe(
      'industry.unknown',
    );
  });

  it('offers a two-level Cascader tree', () => {
    const options = industryCascaderOptions('en');
    expect(options).toHaveLength(20);
    expect(options.flatMap((o) => o.children)).toHaveLength(97);
    expect(options.find((o) => o.value === 'I')?.children.map((c) => c.value)).toEqual(['I63', 'I64', 'I65']);
    expect(options[0]?.label).toBe('A Agriculture, Forestry, Animal Husbandry and Fishery');
  });
});
