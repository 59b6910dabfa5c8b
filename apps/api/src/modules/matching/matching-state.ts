// One matching index per process and database, built lazily and kept fresh across processes.
//
// Why the audit chain is the change feed: every write appends an audit event in its own
// transaction, and the chain head's sequence number only grows. Each query reads that one row;
// when it moved, the events since the index's sequence name what changed (organisations, people,
// offers, results, agreements), and only those organisations' profiles are rebuilt — whichever API
// process made the change. Stamps such as updated_at miss deletions, two edits in the same
// millisecond and clock skew between servers; the sequence misses none of them.
import {
  buildCollaborationGraph,
  buildMatchingIndex,
  createTokenizer,
  type CapabilityProfile,
  type CollaborationGraph,
  type MatchingIndex,
  type OrganisationKind,
  type Tokenizer,
} from '@huahe/matching';
import type { Db } from '@huahe/db';
import { agreementTasks, buildProfile, type AgreementTask, type BuiltProfile } from './profiles';
import * as repo from './profiles.repository';

/** Past this many events since the last sync, rebuilding everything is cheaper than following them. */
const MAX_EVENTS = 5000;
const BATCH = 500;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const AGREEMENT_ENTITIES = new Set(['agreement', 'agreement_version', 'motion', 'governance_event']);
const GRAPH_ENTITIES = new Set(['consortium', 'consortium_member', 'match']);

// One jieba instance per process (about 0.2 s to load), shared by every index.
let tokenizer: Tokenizer | undefined;
const sharedTokenizer = () => (tokenizer ??= createTokenizer());

/** An open demand as the demand index holds it. */
export interface IndexedDemand {
  organisationId: string;
  deadline: string | null;
}

/** The per-database matching state; use it only inside `withMatching`. */
export class MatchingState {
  seq = -1;
  index: MatchingIndex | undefined;
  /** Organisation id → digest of its indexed profile and the sources of its task passages. */
  readonly profiles = new Map<string, { digest: string; taskPassages: Map<string, string> }>();
  /** Which organisations a result or a consortium's agreement fed (grows only: over-approximation is harmless). */
  private readonly resultOrgs = new Map<string, Set<string>>();
  private readonly agreementOrgs = new Map<string, Set<string>>();
  private tasksByConsortium = new Map<string, AgreementTask[]>();
  collaboration: CollaborationGraph | undefined;
  demandIndex: MatchingIndex | undefined;
  readonly demands = new Map<string, IndexedDemand>();
  private chain: Promise<unknown> = Promise.resolve();

  /** Runs `fn` after every earlier call has finished, so syncs and queries never interleave. */
  exclusive<T>(fn: () => Promise<T>): Promise<T> {
    const run = this.chain.then(fn);
    this.chain = run.catch(() => undefined);
    return run;
  }

  /** Brings the index up to the newest audit event. */
  async sync(db: Db): Promise<void> {
    const head = await repo.auditSeq(db);
    if (!this.index || head < this.seq) return this.rebuild(db, head);
    if (head === this.seq) return;
    const events = await repo.changesBetween(db, this.seq, head, MAX_EVENTS + 1);
    if (events.length > MAX_EVENTS) return this.rebuild(db, head);
    const orgs = new Set<string>();
    const resultIds = new Set<string>();
    const consortia = new Set<string>();
    const demandIds = new Set<string>();
    for (const e of events) {
      if (e.organisationId) orgs.add(e.organisationId);
      if (!UUID.test(e.entityId)) continue;
      if (e.entityType === 'organisation') orgs.add(e.entityId);
      else if (e.entityType === 'result') resultIds.add(e.entityId);
      else if (e.entityType === 'demand') demandIds.add(e.entityId);
      if (AGREEMENT_ENTITIES.has(e.entityType) && e.consortiumId) consortia.add(e.consortiumId);
      if (GRAPH_ENTITIES.has(e.entityType)) this.collaboration = undefined;
    }
    if (resultIds.size > 0) {
      for (const r of await repo.resultSources(db, { resultIds: [...resultIds] })) orgs.add(r.organisationId);
      for (const id of resultIds) for (const o of this.resultOrgs.get(id) ?? []) orgs.add(o);
    }
    if (consortia.size > 0) {
      for (const c of consortia) for (const o of this.agreementOrgs.get(c) ?? []) orgs.add(o);
      for (const c of consortia) this.tasksByConsortium.delete(c);
      for (const doc of await repo.agreementDocuments(db, [...consortia])) {
        const tasks = agreementTasks(doc.consortiumId, doc.data);
        this.tasksByConsortium.set(doc.consortiumId, tasks);
        for (const t of tasks) for (const o of t.organisationIds) orgs.add(o);
      }
    }
    await this.refresh(db, [...orgs]);
    if (this.demandIndex) await this.refreshDemands(db, [...demandIds], [...orgs]);
    this.seq = head;
  }

  /** Rebuilds everything from the tables. */
  private async rebuild(db: Db, head: number): Promise<void> {
    // Dropped first: a rebuild that fails half-way leaves nothing half-built behind.
    this.index = undefined;
    this.tasksByConsortium = new Map();
    for (const doc of await repo.agreementDocuments(db)) {
      this.tasksByConsortium.set(doc.consortiumId, agreementTasks(doc.consortiumId, doc.data));
    }
    this.profiles.clear();
    this.resultOrgs.clear();
    this.agreementOrgs.clear();
    const built = await this.load(db, undefined);
    this.index = buildMatchingIndex(
      built.map((b) => b.profile),
      { tokenizer: sharedTokenizer() },
    );
    this.collaboration = undefined;
    this.demandIndex = undefined;
    this.demands.clear();
    this.seq = head;
  }

  /** Re-reads the listed organisations and re-indexes those whose profile changed. */
  private async refresh(db: Db, ids: string[]): Promise<void> {
    const index = this.index!;
    for (let i = 0; i < ids.length; i += BATCH) {
      const batch = ids.slice(i, i + BATCH).filter((id) => UUID.test(id));
      if (batch.length === 0) continue;
      const seen = new Set<string>();
      for (const b of await this.load(db, batch, true)) {
        seen.add(b.profile.id);
        if (b.changed) index.update(b.profile);
      }
      for (const id of batch) {
        if (!seen.has(id) && this.profiles.delete(id)) index.remove(id);
      }
    }
  }

  /** Loads and builds the profiles of the listed organisations (all when `ids` is undefined). */
  private async load(
    db: Db,
    ids: string[] | undefined,
    compare = false,
  ): Promise<(BuiltProfile & { changed: boolean })[]> {
    const [orgs, people, results, offers, memberships] = await Promise.all([
      repo.organisationSources(db, ids),
      repo.peopleSources(db, ids),
      repo.resultSources(db, { organisationIds: ids }),
      repo.offerSources(db, ids),
      repo.membershipCounts(db, ids),
    ]);
    const group = <T extends { organisationId: string }>(rows: T[]) => {
      const by = new Map<string, T[]>();
      for (const r of rows)
        (by.get(r.organisationId) ?? by.set(r.organisationId, []).get(r.organisationId)!).push(r);
      return by;
    };
    const peopleBy = group(people);
    const resultsBy = group(results.filter((r) => r.public));
    const offersBy = group(offers);
    const tasksBy = new Map<string, AgreementTask[]>();
    for (const tasks of this.tasksByConsortium.values()) {
      for (const t of tasks) {
        for (const o of t.organisationIds) (tasksBy.get(o) ?? tasksBy.set(o, []).get(o)!).push(t);
      }
    }
    return orgs.map((org) => {
      const b = buildProfile({
        org,
        people: peopleBy.get(org.id) ?? [],
        results: resultsBy.get(org.id) ?? [],
        offers: offersBy.get(org.id) ?? [],
        tasks: tasksBy.get(org.id) ?? [],
        memberships: memberships.get(org.id) ?? 0,
      });
      for (const r of resultsBy.get(org.id) ?? []) add(this.resultOrgs, r.id, org.id);
      for (const t of tasksBy.get(org.id) ?? []) add(this.agreementOrgs, t.consortiumId, org.id);
      const changed = !compare || this.profiles.get(org.id)?.digest !== b.digest;
      this.profiles.set(org.id, { digest: b.digest, taskPassages: b.taskPassages });
      return { ...b, changed };
    });
  }

  /** The current profile of one organisation, built afresh (for queries made from it). */
  async profileOf(db: Db, id: string): Promise<CapabilityProfile | undefined> {
    return (await this.load(db, [id], true)).map((b) => {
      if (b.changed) this.index?.update(b.profile);
      return b.profile;
    })[0];
  }

  /** The collaboration graph: co-membership in consortia and partnerships formed through matches. */
  async collaborationOf(db: Db): Promise<CollaborationGraph> {
    if (this.collaboration) return this.collaboration;
    const [spells, pairs] = await Promise.all([repo.allSpells(db), repo.partneredPairs(db)]);
    const members = new Map<string, string[]>();
    for (const s of spells) {
      const list = members.get(s.consortiumId);
      if (list) list.push(s.organisationId);
      else members.set(s.consortiumId, [s.organisationId]);
    }
    this.collaboration = buildCollaborationGraph([...members.values(), ...pairs]);
    return this.collaboration;
  }

  /** The index of open demands, built on first use and then kept in step with the organisations' index. */
  async demandIndexOf(db: Db): Promise<MatchingIndex> {
    if (this.demandIndex) return this.demandIndex;
    const rows = await repo.openDemandSources(db);
    this.demands.clear();
    for (const r of rows) this.demands.set(r.id, { organisationId: r.organisationId, deadline: r.deadline });
    this.demandIndex = buildMatchingIndex(rows.map(demandProfile), { tokenizer: sharedTokenizer() });
    return this.demandIndex;
  }

  private async refreshDemands(db: Db, ids: string[], organisationIds: string[]): Promise<void> {
    const wanted = ids.filter((id) => UUID.test(id));
    const orgs = organisationIds.filter((id) => UUID.test(id));
    if (wanted.length === 0 && orgs.length === 0) return;
    const index = this.demandIndex!;
    const rows = await repo.openDemandSources(db, { ids: wanted, organisationIds: orgs });
    const open = new Set(rows.map((r) => r.id));
    for (const id of wanted) {
      if (!open.has(id) && this.demands.delete(id)) index.remove(id);
    }
    for (const r of rows) {
      this.demands.set(r.id, { organisationId: r.organisationId, deadline: r.deadline });
      index.update(demandProfile(r));
    }
  }
}

const add = (map: Map<string, Set<string>>, key: string, value: string) => {
  const set = map.get(key);
  if (set) set.add(value);
  else map.set(key, new Set([value]));
};

type DemandSource = Awaited<ReturnType<typeof repo.openDemandSources>>[number];

/** A demand as a profile of the demand index: what an organisation's profile is matched against. */
const demandProfile = (d: DemandSource): CapabilityProfile => ({
  id: d.id,
  name: d.title,
  text: `${d.title}\n${d.description}`,
  tags: d.tags,
  kind: d.kind as OrganisationKind,
  ...(d.regionPreference ? { region: d.regionPreference } : {}),
  ...(d.trlNeeded ? { trl: d.trlNeeded } : {}),
});

const states = new WeakMap<Db, MatchingState>();

/** Runs `fn` on the database's matching state once it has caught up with every committed change. */
export async function withMatching<T>(db: Db, fn: (state: MatchingState) => T | Promise<T>): Promise<T> {
  let state = states.get(db);
  if (!state) states.set(db, (state = new MatchingState()));
  const s = state;
  return s.exclusive(async () => {
    await s.sync(db);
    return fn(s);
  });
}
