import { describe, expect, it } from 'vitest';
import { completeAgreement, richAgreement } from './test-fixtures';
import { AGREEMENT_FORM_STEPS, stepForPath } from './form-steps';

function pointers(value: unknown, path = ''): string[] {
  if (typeof value !== 'object' || value === null) return [path];
  return Object.entries(value).flatMap(([k, v]) => pointers(v, `${path}/${k}`));
}

describe('AGREEMENT_FORM_STEPS', () => {
  it('gives every field of an agreement to a step before the review', () => {
    for (const p of [...pointers(richAgreement()), ...pointers(completeAgreement('xiamen'))]) {
      if (p === '/schemaVersion') continue;
      expect([p, stepForPath(p)]).not.toEqual([p, 'review']);
    }
  });

  it('lists distinct steps ending with the review', () => {
    const ids = AGREEMENT_FORM_STEPS.map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.at(-1)).toBe('review');
  });

  it('prefers the longest matching field', () => {
    expect(stepForPath('/term/endsOn')).toBe('basics');
    expect(stepForPath('/term/liquidation')).toBe('legal');
    expect(stepForPath('/governance/decisionRules/3/weights')).toBe('decisions');
    expect(stepForPath('/governance/chiefScientist/name')).toBe('bodies');
  });
});
