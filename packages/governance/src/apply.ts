import type { Agreement, ClauseRef, Motion, MissingItem } from '@huahe/contracts';
import { AgreementSchema, UNSPENT_FUNDS_LABELS, checkCompleteness, clauseRef } from '@huahe/contracts';
import { applyJsonPatch } from './json-patch';
import { iso, ms, plusDays } from './time';

/** A change of membership caused by a motion, for the consortium's membership history. */
export interface MembershipChange {
  kind: 'joined' | 'left' | 'expelled';
  partyId: string;
  /** When it takes effect, where the agreement fixes it (the end of an exit notice period). */
  effectiveAt?: string;
  consequences: { zh: string; en: string }[];
  clauseKey: string;
  clauseRef: ClauseRef;
}

/** The result of applying a passed motion: a new agreement version to sign, or why it cannot be made. */
export type Applied =
  | {
      ok: true;
      changed: boolean;
      agreement: Agreement;
      membership: MembershipChange[];
      incomplete: MissingItem[];
    }
  | { ok: false; problems: { path: string; code: string; message: string }[] };

function validated(draft: unknown, membership: MembershipChange[], changed = true): Applied {
  const r = AgreementSchema.safeParse(draft);
  if (!r.success) {
    return {
      ok: false,
      problems: r.error.issues.map((i) => ({
        path: `/${i.path.join('/')}`,
        code:
          i.code === 'custom' && typeof (i.params as { code?: unknown } | undefined)?.code === 'string'
            ? String((i.params as { code: string }).code)
            : i.code,
        message: i.message,
      })),
    };
  }
  return { ok: true, changed, agreement: r.data, membership, incomplete: checkCompleteness(r.data) };
}

/**
 * The agreement without a party: it is dropped from every list that names it (weights, veto
 * holders, executive board, task participants, commitments, background, revenue shares).
 * Single-valued roles it holds (chair, secretariat, chief scientist, external liability, task
 * lead) are left in place so that validation names them: those need an amendment first.
 */
export function withoutParty(a: Agreement, id: string): unknown {
  const g = a.governance;
  const keep = <T extends { partyId: string }>(xs: T[]) => xs.filter((x) => x.partyId !== id);
  const s = a.revenue.sharing;
  return {
    ...a,
    parties: a.parties.filter((p) => p.organisationId !== id),
    tasks: a.tasks.map((t) => ({ ...t, participantPartyIds: t.participantPartyIds.filter((p) => p !== id) })),
    governance: {
      ...g,
      ...(g.executiveBoard
        ? {
            executiveBoard: {
              ...g.executiveBoard,
              memberPartyIds: g.executiveBoard.memberPartyIds.filter((p) => p !== id),
            },
          }
        : {}),
      decisionRules: g.decisionRules.map((r) =>
        r.procedure === 'vote' && r.weights.kind === 'weighted'
          ? { ...r, weights: { ...r.weights, weights: keep(r.weights.weights) } }
          : r,
      ),
      vetoRights: g.vetoRights
        .map((v) => (v.holders === 'all_parties' ? v : { ...v, holders: v.holders.filter((p) => p !== id) }))
        .filter((v) => v.holders === 'all_parties' || v.holders.length > 0),
    },
    funding: { ...a.funding, commitments: keep(a.funding.commitments) },
    ip: { ...a.ip, background: keep(a.ip.background) },
    revenue: {
      ...a.revenue,
      ...(s?.method === 'fixed' ? { sharing: { ...s, shares: keep(s.shares) } } : {}),
      ...(s?.method === 'proportional' && s.basis === 'weights'
        ? { sharing: { ...s, weights: keep(s.weights) } }
        : {}),
    },
  };
}

function exitConsequences(a: Agreement): { zh: string; en: string }[] {
  const e = a.exit;
  if (!e) return [];
  const u = UNSPENT_FUNDS_LABELS[e.unspentFunds];
  return [
    e.keepsAccessToResultsUntilExit
      ? {
          zh: '保留对退出前已产生成果的使用权',
          en: 'keeps access rights to results generated before it left',
        }
      : { zh: '不再享有对已产生成果的使用权', en: 'loses access rights to earlier results' },
    e.continuesGrantingAccess
      ? { zh: '继续向其他成员单位授予使用权', en: 'continues to grant access rights to the others' }
      : { zh: '不再负有授予使用权的义务', en: 'no longer grants access rights' },
    { zh: `未使用的联合体经费${u.zh}`, en: `unspent consortium funds are ${u.en}` },
  ];
}

function expulsionConsequences(a: Agreement): { zh: string; en: string }[] {
  const b = a.breach;
  if (!b) return [];
  return [
    b.recoverFunding
      ? {
          zh: '追回其已获得的政府资助经费和联合体配套经费',
          en: 'government and consortium funds it received are recovered',
        }
      : { zh: '已获得的经费不予追回', en: 'funds received are not recovered' },
    b.contributedFundsRefunded
      ? { zh: '其已投入的经费予以退还', en: 'funds it contributed are refunded' }
      : { zh: '其已投入的经费不予退还', en: 'funds it contributed are not refunded' },
    b.licencesSurvive
      ? { zh: '其已授予的许可按原条件继续有效', en: 'licences it granted continue on their terms' }
      : { zh: '其已授予的许可终止', en: 'licences it granted end' },
    { zh: '保密义务继续有效', en: 'its confidentiality obligations continue' },
  ];
}

/**
 * Applies a motion that decideMotion found passed, giving the new agreement version to sign
 * (validated, with what it still lacks) and the membership changes. Resolutions leave the
 * agreement unchanged. `effectiveAt` dates an expulsion (the decision's effective time).
 */
export function applyMotion(a: Agreement, motion: Motion, opts: { effectiveAt?: string } = {}): Applied {
  switch (motion.kind) {
    case 'resolution':
      return { ok: true, changed: false, agreement: a, membership: [], incomplete: checkCompleteness(a) };
    case 'amendment': {
      if (motion.change.format === 'replacement') return validated(motion.change.agreement, []);
      const patched = applyJsonPatch(a, motion.change.ops);
      if (!patched.ok)
        return {
          ok: false,
          problems: [{ path: '', code: 'amendment.patch_failed', message: patched.error }],
        };
      return validated(patched.value, []);
    }
    case 'accession': {
      const id = motion.party.organisationId;
      if (a.parties.some((p) => p.organisationId === id))
        return {
          ok: false,
          problems: [{ path: '/parties', code: 'accession.already_party', message: 'already a party' }],
        };
      const weighted = a.governance.decisionRules.some(
        (r) => r.procedure === 'vote' && r.weights.kind === 'weighted',
      );
      if (weighted && motion.votingWeight === undefined)
        return {
          ok: false,
          problems: [
            {
              path: '/governance/decisionRules',
              code: 'accession.weight_missing',
              message: "the motion must give the new party's voting weight",
            },
          ],
        };
      const g = a.governance;
      const draft: Agreement = {
        ...a,
        parties: [...a.parties, motion.party],
        governance: {
          ...g,
          decisionRules: g.decisionRules.map((r) =>
            r.procedure === 'vote' && r.weights.kind === 'weighted'
              ? {
                  ...r,
                  weights: {
                    ...r.weights,
                    weights: [...r.weights.weights, { partyId: id, weight: motion.votingWeight ?? 0 }],
                  },
                }
              : r,
          ),
        },
        funding: {
          ...a.funding,
          commitments: motion.commitment
            ? [...a.funding.commitments, motion.commitment]
            : a.funding.commitments,
        },
        ip: {
          ...a.ip,
          background: motion.background ? [...a.ip.background, motion.background] : a.ip.background,
        },
      };
      const key = 'membership.admission';
      return validated(draft, [
        { kind: 'joined', partyId: id, consequences: [], clauseKey: key, clauseRef: clauseRef(a, key) },
      ]);
    }
    case 'exit': {
      const key = 'membership.exit_consequences';
      const effectiveAt = iso(plusDays(ms(motion.noticeGivenAt), a.exit?.noticeDays ?? 0));
      return validated(withoutParty(a, motion.partyId), [
        {
          kind: 'left',
          partyId: motion.partyId,
          effectiveAt,
          consequences: exitConsequences(a),
          clauseKey: key,
          clauseRef: clauseRef(a, key),
        },
      ]);
    }
    case 'expulsion': {
      const key = 'breach.consequences';
      const change: MembershipChange = {
        kind: 'expelled',
        partyId: motion.partyId,
        consequences: expulsionConsequences(a),
        clauseKey: key,
        clauseRef: clauseRef(a, key),
      };
      if (opts.effectiveAt !== undefined) change.effectiveAt = opts.effectiveAt;
      return validated(withoutParty(a, motion.partyId), [change]);
    }
  }
}
