import type { Agreement, DecisionType, JsonPatchOp } from '@huahe/contracts';

/** The common amendments the motion form offers, each turned into JSON-patch operations. */
export const AMENDMENTS = ['confidentiality', 'majority', 'publication_objection', 'notice_days'] as const;
export type AmendmentKind = (typeof AMENDMENTS)[number];

/** The parameters of an amendment as entered in the form. */
export interface AmendmentInput {
  kind: AmendmentKind;
  years?: number;
  decisionType?: DecisionType;
  threshold?: string;
  days?: number;
}

const ruleIndex = (a: Agreement, type: DecisionType | undefined) =>
  a.governance.decisionRules.findIndex((r) => r.type === type && r.procedure === 'vote');

/** The value the amendment changes, as it stands in the agreement in force. */
export function currentValue(a: Agreement, x: AmendmentInput): string | number | undefined {
  switch (x.kind) {
    case 'confidentiality':
      return a.confidentiality?.termYears;
    case 'majority': {
      const r = a.governance.decisionRules[ruleIndex(a, x.decisionType)];
      return r?.procedure === 'vote' ? r.majority.threshold : undefined;
    }
    case 'publication_objection':
      return a.ip.publication.objectionDays;
    case 'notice_days':
      return a.governance.meetings.noticeDays.ordinary;
  }
}

/** The JSON-patch operations of the amendment on the agreement in force; empty when incomplete. */
export function amendmentOps(a: Agreement, x: AmendmentInput): JsonPatchOp[] {
  switch (x.kind) {
    case 'confidentiality':
      if (x.years === undefined) return [];
      return a.confidentiality
        ? [{ op: 'replace', path: '/confidentiality/termYears', value: x.years }]
        : [{ op: 'add', path: '/confidentiality', value: { termYears: x.years } }];
    case 'majority': {
      const i = ruleIndex(a, x.decisionType);
      if (i < 0 || !x.threshold) return [];
      return [
        {
          op: 'replace',
          path: `/governance/decisionRules/${i}/majority/threshold`,
          value: x.threshold.trim(),
        },
      ];
    }
    case 'publication_objection':
      return x.days === undefined
        ? []
        : [{ op: 'replace', path: '/ip/publication/objectionDays', value: x.days }];
    case 'notice_days':
      return x.days === undefined
        ? []
        : [{ op: 'replace', path: '/governance/meetings/noticeDays/ordinary', value: x.days }];
  }
}

/** A random UUID (v4), also where crypto.randomUUID is unavailable (plain HTTP on a LAN address). */
export function uuid(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const b = crypto.getRandomValues(new Uint8Array(16));
  b[6] = (b[6]! & 0x0f) | 0x40;
  b[8] = (b[8]! & 0x3f) | 0x80;
  const h = [...b].map((x) => x.toString(16).padStart(2, '0')).join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}
