// The CORDIS H2020 subset (data/project.json, data/organization.json) and partner leave-one-out:
// hide one participant of a project, give the project's text and the other participants as
// members, and rank every organisation by profiles built from the OTHER projects only.
import { readFileSync } from 'node:fs';
import type { CapabilityProfile, OrganisationKind } from '@huahe/matching';

interface CordisProject {
  id: number;
  title: string;
  objective: string;
}

interface CordisParticipation {
  projectID: number;
  organisationID: number;
  name: string;
  activityType: string;
  country: string;
}

/** The projects and who took part in each. */
export interface Cordis {
  projects: Map<string, { title: string; objective: string; orgs: Set<string> }>;
  orgs: Map<string, { name: string; kind: OrganisationKind; country: string; projects: Set<string> }>;
}

const KINDS: Record<string, OrganisationKind> = {
  PRC: 'enterprise',
  HES: 'university',
  REC: 'research_institute',
  PUB: 'government',
  OTH: 'other',
};

/** Reads the two JSON exports. */
export function loadCordis(projectPath: string, organisationPath: string): Cordis {
  const projects: Cordis['projects'] = new Map();
  for (const p of JSON.parse(readFileSync(projectPath, 'utf8')) as CordisProject[]) {
    projects.set(String(p.id), { title: p.title, objective: p.objective, orgs: new Set() });
  }
  const orgs: Cordis['orgs'] = new Map();
  for (const row of JSON.parse(readFileSync(organisationPath, 'utf8')) as CordisParticipation[]) {
    const project = projects.get(String(row.projectID));
    if (!project) continue;
    const id = String(row.organisationID);
    project.orgs.add(id);
    let org = orgs.get(id);
    if (!org) {
      const kind = KINDS[row.activityType.split(';')[0] ?? ''] ?? 'other';
      orgs.set(id, (org = { name: row.name, kind, country: row.country, projects: new Set() }));
    }
    org.projects.add(String(row.projectID));
  }
  return { projects, orgs };
}

/** One held-out project: profiles and history without it, and its leave-one-out queries. */
export interface CordisFold {
  profiles: CapabilityProfile[];
  /** Past projects other than the held-out one, as lists of organisation ids. */
  history: string[][];
  /** Organisations with at least one other project: the candidates. */
  pool: Array<{ id: string; text: string; size: number }>;
  queries: Array<{ text: string; members: string[]; truth: string }>;
}

/** Builds the fold that holds out `projectId`. */
export function cordisFold(data: Cordis, projectId: string): CordisFold {
  const held = data.projects.get(projectId);
  if (!held) throw new Error(`unknown project ${projectId}`);
  const others = [...data.projects].filter(([id]) => id !== projectId);
  const own = new Map(
    [...data.orgs.keys()].map((id) => [
      id,
      others.filter(([, p]) => p.orgs.has(id)).map(([, p]) => `${p.title}. ${p.objective}`),
    ]),
  );
  // The activity prior: log of the number of OTHER projects, scaled by the largest in this fold.
  const maxProjects = Math.max(1, ...[...own.values()].map((m) => m.length));
  const profiles: CapabilityProfile[] = [];
  const pool: CordisFold['pool'] = [];
  for (const [id, org] of data.orgs) {
    const mine = own.get(id)!;
    const text = mine.join('\n');
    profiles.push({
      id,
      name: org.name,
      text: '',
      passages: mine,
      kind: org.kind,
      region: org.country,
      prior: Math.log1p(mine.length) / Math.log1p(maxProjects),
    });
    if (mine.length > 0) pool.push({ id, text, size: mine.length });
  }
  const history = others.map(([, p]) => [...p.orgs]);
  const text = `${held.title}. ${held.objective}`;
  const queries = [...held.orgs]
    .filter((o) => (data.orgs.get(o)?.projects.size ?? 0) >= 2)
    .map((truth) => ({ text, truth, members: [...held.orgs].filter((o) => o !== truth) }));
  return { profiles, history, pool, queries };
}
