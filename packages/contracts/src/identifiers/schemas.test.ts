import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import {
  cnPatentApplicationSchema,
  identifierIssueReason,
  makeUsccSchema,
  softwareCopyrightSchema,
  standardNumberSchema,
  usccSchema,
} from './schemas';

describe('identifier schemas', () => {
  it('trims and upper-cases a credit code before validating it', () => {
    expect(usccSchema.parse(' 9144030071526726xg ')).toBe('9144030071526726XG');
  });

  it('reports an invalid credit code as one issue with the reason in zh-CN and both languages in params', () => {
    const result = usccSchema.safeParse('914403001922038217');
    expect(result.success).toBe(false);
    const issues = result.error?.issues ?? [];
    expect(issues).toHaveLength(1);
    expect(issues[0]?.message).toBe('校验码（第 18 位）应为“6”，实际为“7”');
    expect(identifierIssueReason(issues[0])).toEqual({
      code: 'uscc.check',
      zh: '校验码（第 18 位）应为“6”，实际为“7”',
      en: "check character (position 18) should be '6', got '7'",
    });
  });

  it('speaks English when made for English', () => {
    const result = makeUsccSchema('en').safeParse('91440300192203821');
    expect(result.error?.issues[0]?.message).toBe('must be 18 characters, got 17');
  });

  it('puts the field path on the issue inside an object, for form field errors', () => {
    const form = z.object({ uscc: usccSchema });
    const result = form.safeParse({ uscc: '9I4403001922038216' });
    expect(result.error?.issues[0]?.path).toEqual(['uscc']);
  });

  it('canonicalises patent application numbers', () => {
    expect(cnPatentApplicationSchema.parse(' CN2012102131766 ')).toBe('201210213176.6');
    expect(cnPatentApplicationSchema.safeParse('CN201210213176.7').success).toBe(false);
  });

  it('canonicalises software copyright and standard numbers', () => {
    expect(softwareCopyrightSchema.parse('软著登字第 1234567 号')).toBe('软著登字第1234567号');
    expect(standardNumberSchema.parse('GB／T 12345—2020')).toBe('GB/T 12345-2020');
    expect(standardNumberSchema.safeParse('XX/T 1-2020').error?.issues[0]?.message).toContain('XX');
  });

  it('gives no reason for issues that did not come from an identifier', () => {
    expect(identifierIssueReason({ params: { other: 1 } })).toBeUndefined();
    expect(identifierIssueReason({})).toBeUndefined();
  });

  it('documents itself for OpenAPI', () => {
    const json = z.toJSONSchema(usccSchema) as { $defs?: Record<string, { description?: string }> };
    expect(json.$defs?.Uscc?.description).toContain('GB 32100-2015');
  });
});
