// The NSFC Management Sciences grants (data/natural-2017-09-26.csv.zip) and the temporal split of
// data/README.md: host institutions' profiles from projects that started before a cut year,
// queries from projects that started in a later window, truth = the host institution.
import { readFileSync } from 'node:fs';
import { parseCsvRecords } from './csv';
import { readZip } from './zip';

/** One funded project. */
export interface NsfcProject {
  id: string;
  title: string;
  host: string;
  startYear: number;
}

/** One evaluation set: candidate profiles and queries with their true host. */
export interface NsfcSplit {
  /** Host → its projects before the cut (only hosts with ≥ minProjects). */
  profiles: Map<string, NsfcProject[]>;
  cut: number;
  queries: Array<{ id: string; text: string; truth: string }>;
}

/** Reads the projects from the zipped CSV. */
export function loadNsfc(zipPath: string): NsfcProject[] {
  const [entry] = readZip(readFileSync(zipPath));
  if (!entry) throw new Error(`${zipPath}: empty archive`);
  return parseCsvRecords(entry.data.toString('utf8'))
    .map((r) => ({
      id: r['项目批准号'] ?? '',
      title: (r['项目名称'] ?? '').trim(),
      host: (r['依托单位'] ?? '').trim(),
      startYear: Number.parseInt((r['起止年月'] ?? '').slice(0, 4), 10),
    }))
    .filter((p) => p.title !== '' && p.host !== '' && Number.isFinite(p.startYear));
}

/**
 * Profiles from projects starting before `cut`; queries from projects starting in [cut, end)
 * whose host has at least `minProjects` profile projects (the candidate pool).
 */
export function temporalSplit(
  projects: readonly NsfcProject[],
  cut: number,
  end: number,
  minProjects = 5,
): NsfcSplit {
  const all = new Map<string, NsfcProject[]>();
  for (const p of projects) {
    if (p.startYear >= cut) continue;
    let mine = all.get(p.host);
    if (!mine) all.set(p.host, (mine = []));
    mine.push(p);
  }
  const profiles = new Map([...all].filter(([, mine]) => mine.length >= minProjects));
  const queries = projects
    .filter((p) => p.startYear >= cut && p.startYear < end && profiles.has(p.host))
    .map((p) => ({ id: p.id, text: p.title, truth: p.host }));
  return { profiles, queries, cut };
}
