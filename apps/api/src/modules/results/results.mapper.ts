import type { Lang, OwnershipChange, ResultDetail, ResultSummary } from '@huahe/contracts';
import { nameIn } from '../../lib/i18n';
import { toIso } from '../../lib/time';
import type { ChangeRow, InventorRow, OwnerRow, ResultRow, StatusRow } from './results.repository';

/** What the ownership_clause column holds: the clause, why, and the agreement version it came from. */
export interface StoredClause {
  key: string;
  zh: string;
  en: string;
  explanation: { zh: string; en: string };
  agreementVersionId: string | null;
  agreementVersionNumber: number | null;
}

/**
 * One co-owner's answer to an ownership change, as stored in its `consents` column: one entry per
 * co-owner at the time of the proposal, `decision` null until its admin answers.
 */
export interface StoredConsent {
  organisationId: string;
  decision: 'consent' | 'refuse' | null;
  userId: string | null;
  by: string | null;
  at: string | null;
  note: string | null;
}

const base = (r: ResultRow) => ({
  id: r.id,
  consortiumId: r.consortiumId,
  type: r.type as ResultSummary['type'],
  title: r.title,
  titleEn: r.titleEn,
  identifier: r.identifier,
  status: r.status as ResultSummary['status'],
  trl: r.trl,
  confidentiality: r.confidentiality as ResultSummary['confidentiality'],
  achievedOn: r.achievedOn,
  isExample: r.isExample,
});

/** An owner's organisation name in the caller's language. */
export const ownerName = (o: OwnerRow, lang: Lang) => nameIn(lang, o.name, o.nameEn);

export function summaryView(r: ResultRow, owners: OwnerRow[], lang: Lang): ResultSummary {
  return {
    ...base(r),
    owners: owners.filter((o) => o.resultId === r.id).map((o) => ownerName(o, lang)),
  };
}

export function detailView(
  r: ResultRow,
  x: {
    consortiumName: string;
    owners: OwnerRow[];
    inventors: InventorRow[];
    history: StatusRow[];
    pendingChangeId: string | null;
    canManage: boolean;
    lang: Lang;
  },
): ResultDetail {
  const clause = r.ownershipClause as StoredClause | null;
  return {
    ...base(r),
    consortiumName: x.consortiumName,
    description: r.description,
    origin: r.origin === 'sole' ? 'sole' : 'joint',
    linkedTasks: r.linkedTasks,
    owners: x.owners.map((o) => ({
      organisationId: o.organisationId,
      name: ownerName(o, x.lang),
      share: o.share,
      contribution: o.contribution,
    })),
    ownership: {
      rule: (r.ownershipRule as ResultDetail['ownership']['rule']) ?? null,
      clause: clause ? { zh: clause.zh, en: clause.en } : null,
      explanation: clause ? clause.explanation[x.lang === 'en' ? 'en' : 'zh'] : null,
      agreementVersionNumber: clause?.agreementVersionNumber ?? null,
    },
    inventors: x.inventors.map((i) => ({
      id: i.id,
      name: i.name,
      personId: i.personId,
      organisationId: i.organisationId,
      organisationName:
        i.organisationName === null ? null : nameIn(x.lang, i.organisationName, i.organisationNameEn),
      contribution: i.contribution,
    })),
    statusHistory: x.history.map((h) => ({
      id: h.id,
      status: h.status as ResultSummary['status'],
      on: h.on,
      note: h.note,
      recordedAt: toIso(h.recordedAt),
    })),
    pendingOwnershipChangeId: x.pendingChangeId,
    version: r.version,
    createdAt: toIso(r.createdAt),
    updatedAt: toIso(r.updatedAt),
    canManage: x.canManage,
  };
}

/** The audit state of a result: its fields and owners, never more. */
export function auditState(r: ResultRow, owners: { organisationId: string; share: string }[]) {
  return {
    type: r.type,
    title: r.title,
    identifier: r.identifier,
    status: r.status,
    trl: r.trl,
    confidentiality: r.confidentiality,
    ownershipRule: r.ownershipRule,
    owners: owners.map((o) => ({ organisationId: o.organisationId, share: o.share })),
    version: r.version,
  };
}

export function changeView(
  c: ChangeRow,
  names: Map<string, string>,
  proposedBy: string | null,
): OwnershipChange {
  const owners = c.owners as { organisationId: string; share: string; contribution?: string | null }[];
  const consents = c.consents as StoredConsent[];
  return {
    id: c.id,
    resultId: c.resultId,
    status: c.status as OwnershipChange['status'],
    owners: owners.map((o) => ({
      organisationId: o.organisationId,
      name: names.get(o.organisationId) ?? o.organisationId,
      share: o.share,
      contribution: o.contribution ?? null,
    })),
    reason: c.reason,
    proposedBy,
    consents: consents.map((x) => ({
      organisationId: x.organisationId,
      name: names.get(x.organisationId) ?? x.organisationId,
      decision: x.decision,
      by: x.by,
      at: x.at ? toIso(x.at) : null,
      note: x.note,
    })),
    createdAt: toIso(c.createdAt),
  };
}
