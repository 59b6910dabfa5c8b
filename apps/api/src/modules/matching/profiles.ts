// Capability profiles (SPEC §2, issue 6 point 1): what an organisation can do, built from its own
// profile, its people's titles and expertise, its public results, its open offers and the tasks it
// takes on under consortium agreements. Results, offers and tasks become passages: evidence the
// engine can cite as "closest past work".
import { RESULT_TYPE_LABELS, type ResultType } from '@huahe/contracts';
import { ORGANISATION_KINDS, type CapabilityProfile, type OrganisationKind } from '@huahe/matching';
import { sha256Hex } from '../../lib/digest';
import type { OrgSourceRow } from './profiles.repository';

/** One task of a consortium agreement's task division, as profiles use it. */
export interface AgreementTask {
  consortiumId: string;
  text: string;
  organisationIds: string[];
}

/** Everything one organisation's profile is built from. */
export interface ProfileSources {
  org: OrgSourceRow;
  people: { title: string | null; expertise: string[] }[];
  results: { id: string; title: string; titleEn: string | null; type: string; trl: number | null }[];
  offers: { title: string; description: string; tags: string[]; trl: number | null }[];
  tasks: AgreementTask[];
  memberships: number;
}

/** A built profile, its digest (to skip unchanged re-indexing) and where its task passages come from. */
export interface BuiltProfile {
  profile: CapabilityProfile;
  digest: string;
  /** Task passage text → the consortium whose agreement it comes from (members only may read it). */
  taskPassages: Map<string, string>;
}

const asKind = (kind: string): OrganisationKind | undefined =>
  (ORGANISATION_KINDS as readonly string[]).includes(kind) ? (kind as OrganisationKind) : undefined;

const typeLabel = (type: string) => RESULT_TYPE_LABELS[type as ResultType]?.zh ?? type;

const clip = (s: string, max: number) => (s.length > max ? `${s.slice(0, max)}…` : s);

/** Builds one organisation's capability profile. */
export function buildProfile(s: ProfileSources): BuiltProfile {
  const { org } = s;
  const lines: string[] = [];
  if (org.profileZh) lines.push(org.profileZh);
  if (org.profileEn) lines.push(org.profileEn);
  for (const p of s.people) {
    const expertise = p.expertise.join('、');
    if (expertise || p.title) lines.push([p.title, expertise].filter(Boolean).join(':'));
  }
  const tags = [...new Set([...org.profileTags, ...s.offers.flatMap((o) => o.tags)])];
  const passages: string[] = [];
  for (const r of s.results) {
    passages.push(`${r.title}${r.titleEn ? ` / ${r.titleEn}` : ''}(${typeLabel(r.type)})`);
  }
  for (const o of s.offers) passages.push(`${o.title}:${clip(o.description, 500)}`);
  const taskPassages = new Map<string, string>();
  for (const t of s.tasks) {
    passages.push(t.text);
    taskPassages.set(t.text, t.consortiumId);
  }
  const trls = [...s.results.map((r) => r.trl), ...s.offers.map((o) => o.trl)].filter(
    (x): x is number => x !== null,
  );
  const kind = asKind(org.kind);
  const profile: CapabilityProfile = {
    id: org.id,
    name: org.nameZh,
    text: lines.join('\n'),
    tags,
    ...(kind ? { kind } : {}),
    ...(org.regionCode ? { region: org.regionCode } : {}),
    ...(trls.length > 0 ? { trl: [Math.min(...trls), Math.max(...trls)] as const } : {}),
    qualifications: org.qualifications,
    passages: [...new Set(passages)],
    // Taking part in consortia and producing results is a small prior of being a good partner.
    prior: Math.min(1, (s.memberships + s.results.length) / 10),
  };
  return { profile, digest: sha256Hex(JSON.stringify(profile)), taskPassages };
}

interface TaskLike {
  title?: { zh?: unknown; en?: unknown };
  leadPartyId?: unknown;
  participantPartyIds?: unknown;
  deliverables?: unknown;
}

const str = (x: unknown): string | undefined => (typeof x === 'string' && x.trim() ? x.trim() : undefined);

/**
 * The tasks of an agreement document (a draft may be incomplete, so every field is checked):
 * each with the organisations that lead or take part in it.
 */
export function agreementTasks(consortiumId: string, data: unknown): AgreementTask[] {
  const tasks = (data as { tasks?: unknown } | null)?.tasks;
  if (!Array.isArray(tasks)) return [];
  const out: AgreementTask[] = [];
  for (const t of tasks as TaskLike[]) {
    const zh = str(t?.title?.zh);
    if (!zh) continue;
    const en = str(t.title?.en);
    const deliverables = Array.isArray(t.deliverables)
      ? (t.deliverables as { zh?: unknown }[]).map((d) => str(d?.zh)).filter((d): d is string => !!d)
      : [];
    const participants: unknown[] = Array.isArray(t.participantPartyIds) ? t.participantPartyIds : [];
    const orgs = [t.leadPartyId, ...participants].map(str).filter((x): x is string => !!x);
    out.push({
      consortiumId,
      text: `${zh}${en ? ` / ${en}` : ''}${deliverables.length ? `:${deliverables.join('、')}` : ''}`,
      organisationIds: [...new Set(orgs)],
    });
  }
  return out;
}
