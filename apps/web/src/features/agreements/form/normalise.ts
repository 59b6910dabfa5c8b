import { stepForPath, type Agreement, type FormStepId } from '@huahe/contracts';
import type { ApiError } from '../../../api/client';

type Json = unknown;
type Obj = Record<string, Json>;

const isObj = (v: Json): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Drops what a cleared field leaves behind: empty strings, null and undefined, and objects that
 * became empty (an optional text or sub-clause nobody filled in). Array elements that vanish are
 * dropped too (an empty indicator row), but arrays themselves are kept, even empty.
 */
export function prune(v: Json): Json {
  if (typeof v === 'string') return v.trim() === '' ? undefined : v;
  if (v === null || v === undefined) return undefined;
  if (Array.isArray(v)) return v.map(prune).filter((x) => x !== undefined);
  if (isObj(v)) {
    const out: Obj = {};
    for (const [k, x] of Object.entries(v)) {
      const p = prune(x);
      if (p !== undefined) out[k] = p;
    }
    return Object.keys(out).length === 0 ? undefined : out;
  }
  return v;
}

const only = (o: Obj, keys: string[]): Obj =>
  Object.fromEntries(keys.filter((k) => o[k] !== undefined).map((k) => [k, o[k]]));

function decisionRule(r: Obj): Obj {
  if (r.procedure === 'chief_scientist')
    return {
      procedure: 'chief_scientist',
      type: r.type,
      consultExpertCommittee: r.consultExpertCommittee === true,
    };
  const w = isObj(r.weights) ? r.weights : { kind: 'one_member_one_vote' };
  const written = isObj(r.written) ? r.written : { allowed: false };
  return {
    ...only(r, ['procedure', 'type', 'body', 'quorum', 'majority']),
    weights:
      w.kind === 'weighted'
        ? { kind: 'weighted', weights: w.weights ?? [] }
        : { kind: 'one_member_one_vote' },
    written:
      written.allowed === true
        ? { allowed: true, requirement: written.requirement ?? 'same_majority' }
        : { allowed: false },
  };
}

const SHARING_KEYS: Record<string, string[]> = {
  equal: [],
  fixed: ['shares'],
  'proportional:weights': ['basis', 'weights'],
  'proportional:contributions': ['basis', 'categoryWeights'],
  shapley: ['categoryWeights'],
  'improved-shapley': ['categoryWeights', 'factors', 'factorWeightsBy'],
  nucleolus: ['categoryWeights'],
  mcrs: ['categoryWeights'],
};

function sharing(s: Obj): Obj {
  const method = String(s.method);
  const key =
    method === 'proportional'
      ? `proportional:${s.basis === 'weights' ? 'weights' : 'contributions'}`
      : method;
  const wanted = SHARING_KEYS[key] ?? [];
  const out: Obj = { method, ...only(s, wanted) };
  // Lists the method needs are sent even when empty, so that the server names what is missing.
  for (const k of wanted)
    if (out[k] === undefined && k !== 'basis') out[k] = k === 'factorWeightsBy' ? 'agreed' : [];
  if (method === 'proportional') out.basis = s.basis ?? 'contributions';
  return out;
}

/**
 * Turns the form's values into the agreement data the API takes: cleared fields removed, and each
 * either/or clause (decision procedure, weights, written use, revenue method, dispute forum,
 * inventors' reward) reduced to the fields of the chosen option.
 */
export function toAgreement(values: Json): Agreement {
  const a = (prune(values) ?? {}) as Obj;
  const g = isObj(a.governance) ? a.governance : {};
  if (Array.isArray(g.decisionRules)) g.decisionRules = g.decisionRules.filter(isObj).map(decisionRule);
  if (
    isObj(g.executiveBoard) &&
    !(Array.isArray(g.executiveBoard.memberPartyIds) && g.executiveBoard.memberPartyIds.length)
  )
    delete g.executiveBoard;
  if (Array.isArray(g.vetoRights))
    g.vetoRights = g.vetoRights.filter(isObj).map((r) => ({ decisionTypes: [], ...r }));
  if (isObj(g.expertCommittee) && !Array.isArray(g.expertCommittee.members)) g.expertCommittee.members = [];

  const revenue = isObj(a.revenue) ? a.revenue : undefined;
  if (revenue && isObj(revenue.sharing)) revenue.sharing = sharing(revenue.sharing);
  if (revenue && isObj(revenue.inventorReward))
    revenue.inventorReward =
      revenue.inventorReward.mode === 'share'
        ? { mode: 'share', share: revenue.inventorReward.share }
        : { mode: 'statutory' };

  const dispute = isObj(a.dispute) ? a.dispute : undefined;
  if (dispute && isObj(dispute.forum)) {
    const f = dispute.forum;
    if (f.kind === 'arbitration') dispute.forum = { kind: 'arbitration', commission: f.commission };
    else if (f.kind === 'litigation') dispute.forum = { kind: 'litigation', court: f.court };
    else delete dispute.forum;
  }

  const ip = isObj(a.ip) ? a.ip : undefined;
  if (ip && Array.isArray(ip.background))
    ip.background = ip.background.filter(isObj).map((b) => ({ items: [], exclusions: [], ...b }));
  const funding = isObj(a.funding) ? a.funding : undefined;
  if (funding && Array.isArray(funding.commitments))
    funding.commitments = funding.commitments.filter(isObj).map((c) => ({ inKind: [], ...c }));
  if (Array.isArray(a.tasks))
    a.tasks = a.tasks.filter(isObj).map((x) => ({ participantPartyIds: [], deliverables: [], ...x }));
  if (Array.isArray(a.goals)) a.goals = a.goals.filter(isObj).map((x) => ({ indicators: [], ...x }));
  for (const k of ['parties', 'goals', 'tasks'] as const) if (!Array.isArray(a[k])) a[k] = [];
  if (isObj(a.term) && !Array.isArray(a.term.dissolutionTriggers)) a.term.dissolutionTriggers = [];
  return a as unknown as Agreement;
}

/** A server error on the draft, placed on its form step and field. */
export interface DraftError {
  /** The form field's name path, e.g. ['parties', 0, 'creditCode']. */
  name: (string | number)[];
  step: FormStepId;
  message: string;
}

/** The draft errors of an API answer (paths like `body.draft.parties[0].creditCode`). */
export function draftErrors(err: ApiError, prefix = 'body.draft.'): DraftError[] {
  return err.details
    .filter((d) => d.path.startsWith(prefix))
    .map((d) => {
      const name = d.path
        .slice(prefix.length)
        .split(/\.|\[(\d+)\]/)
        .filter(Boolean)
        .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
      return { name, step: stepForPath(`/${name.join('/')}`), message: d.message };
    });
}

/** The form field name of a JSON pointer into the draft ('/parties/0/domicile' → ['parties', 0, 'domicile']). */
export const pointerToName = (pointer: string): (string | number)[] =>
  pointer
    .split('/')
    .filter(Boolean)
    .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
