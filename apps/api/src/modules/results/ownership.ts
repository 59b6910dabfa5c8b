// The agreement executor for ownership (SPEC §3.2): the rule for a result type turned into owners
// and exact shares, with the clause cited. Pure: the caller loads the agreement and the names (both
// languages, since the explanation is stored in both).
import {
  clauseRef,
  getRatio,
  OWNERSHIP_RULE_LABELS,
  RESULT_TYPE_LABELS,
  type Agreement,
  type OwnershipRule,
  type ResultType,
} from '@huahe/contracts';
import { Rational } from '@huahe/distribution';
import type { AppErrorDetail } from '../../lib/errors';

type Bi = { zh: string; en: string };

/** A creator as entered: a member organisation and its (optional) contribution ratio. */
export interface Creator {
  organisationId: string;
  contribution?: string;
}

/** What the agreement makes of a new result. */
export interface Ownership {
  rule: OwnershipRule;
  clause: Bi & { key: string };
  owners: { organisationId: string; share: Rational; contribution: string | null }[];
  licenceBack: string[];
  explanation: Bi;
}

const pct = (r: Rational) => `${r.mul(Rational.of(100)).toDecimalString(2)}%`;

/**
 * Owners under the agreement's rule for `type`, or the field problems that stop it (a
 * joint-by-contribution rule needs every creator's contribution). Undefined when the agreement has
 * no rule for the type: then, as without an agreement, the owners must be given.
 */
export function proposeOwnership(
  agreement: Agreement,
  type: ResultType,
  creators: Creator[],
  name: (organisationId: string) => Bi,
  path = 'body.creators',
): { ok: true; value: Ownership } | { ok: false; details: AppErrorDetail[] } | undefined {
  const entry = agreement.ip.ownership.find((o) => o.resultType === type);
  if (!entry) return undefined;
  const ref = clauseRef(agreement, `results.ownership.${type}`);
  const clause = { key: `results.ownership.${type}`, zh: ref.zh, en: ref.en };
  const t = RESULT_TYPE_LABELS[type];
  const rule = OWNERSHIP_RULE_LABELS[entry.rule];
  const head: Bi = {
    zh: `依协议${ref.zh}，${t.zh}${rule.zh}`,
    en: `Under ${ref.en}, ${t.en} are ${rule.en}`,
  };
  const lead = agreement.parties.find((p) => p.role === 'lead')?.organisationId;
  const names = (ids: string[], l: keyof Bi) => ids.map((id) => name(id)[l]).join(l === 'zh' ? '、' : ', ');
  const done = (owners: Ownership['owners'], zh: string, en: string, licenceBack: string[] = []) => ({
    ok: true as const,
    value: {
      rule: entry.rule,
      clause,
      owners,
      licenceBack,
      explanation: { zh: `${head.zh}：${zh}`, en: `${head.en}: ${en}` },
    },
  });
  const equal = (ids: string[]) =>
    ids.map((organisationId) => ({ organisationId, share: Rational.of(1, ids.length), contribution: null }));
  const creatorIds = creators.map((c) => c.organisationId);

  switch (entry.rule) {
    case 'sole_creator':
      if (creators.length === 1)
        return done(
          equal(creatorIds),
          `归${name(creatorIds[0]!).zh}所有。`,
          `owned by ${name(creatorIds[0]!).en}.`,
        );
      // 民法典 art. 309: shares of co-owners that were not agreed are equal.
      return done(
        equal(creatorIds),
        `由${names(creatorIds, 'zh')}共有，份额未约定的视为等额（民法典第三百零九条），各 1/${creators.length}。`,
        `owned jointly by ${names(creatorIds, 'en')}; shares not agreed are equal (Civil Code art. 309), 1/${creators.length} each.`,
      );
    case 'joint_by_contribution': {
      if (creators.length === 1)
        return done(
          equal(creatorIds),
          `仅${name(creatorIds[0]!).zh}参与完成，归其所有。`,
          `only ${name(creatorIds[0]!).en} generated it, so it owns it.`,
        );
      const missing = creators.flatMap((c, i) =>
        c.contribution === undefined
          ? [
              {
                path: `${path}[${i}].contribution`,
                message: {
                  'zh-CN': `${ref.zh}按贡献比例确定份额：请填写该单位的贡献`,
                  en: `${ref.en} shares by contribution: enter this party's contribution`,
                },
              },
            ]
          : [],
      );
      if (missing.length) return { ok: false, details: missing };
      const c = creators.map((x) => {
        const r = getRatio(x.contribution!);
        return Rational.of(r.num, r.den);
      });
      const sum = Rational.sum(c);
      if (sum.isZero()) {
        return {
          ok: false,
          details: [
            {
              path: `${path}[0].contribution`,
              message: { 'zh-CN': '贡献之和必须大于 0', en: 'the contributions must sum to more than 0' },
            },
          ],
        };
      }
      const owners = creators.map((x, i) => ({
        organisationId: x.organisationId,
        share: c[i]!.div(sum),
        contribution: x.contribution!,
      }));
      const list = owners
        .map((o) => `${name(o.organisationId).zh} ${o.share.toFraction()}（${pct(o.share)}）`)
        .join('，');
      const listEn = owners
        .map((o) => `${name(o.organisationId).en} ${o.share.toFraction()} (${pct(o.share)})`)
        .join(', ');
      return done(
        owners,
        `按贡献比例共有：${list}。`,
        `owned jointly in proportion to contributions: ${listEn}.`,
      );
    }
    case 'lead_with_licence_back': {
      if (!lead) return undefined;
      const back = creatorIds.filter((id) => id !== lead);
      return done(
        [{ organisationId: lead, share: Rational.ONE, contribution: null }],
        `归牵头单位${name(lead).zh}所有${back.length ? `，并向${names(back, 'zh')}授予免费的非独占实施许可` : ''}。`,
        `owned by the lead unit ${name(lead).en}${back.length ? `, with a royalty-free non-exclusive licence back to ${names(back, 'en')}` : ''}.`,
        back,
      );
    }
    case 'common_pool': {
      const all = agreement.parties.map((p) => p.organisationId);
      return done(
        equal(all),
        `归全体${all.length}家成员单位共有，各 1/${all.length}，纳入联合体成果池。`,
        `owned in common by all ${all.length} parties, 1/${all.length} each, in the consortium pool.`,
      );
    }
  }
}

/** Checks explicit owners: distinct organisations whose exact shares sum to exactly 1. */
export function checkOwnerShares(
  owners: { organisationId: string; share: string }[],
  path: string,
): AppErrorDetail[] {
  const seen = new Set<string>();
  const problems: AppErrorDetail[] = [];
  owners.forEach((o, i) => {
    if (seen.has(o.organisationId)) {
      problems.push({
        path: `${path}[${i}].organisationId`,
        message: { 'zh-CN': '权利人重复', en: 'this owner is listed twice' },
      });
    }
    seen.add(o.organisationId);
    if (getRatio(o.share).num === 0n) {
      problems.push({
        path: `${path}[${i}].share`,
        message: { 'zh-CN': '份额必须大于 0', en: 'a share must be more than 0' },
      });
    }
  });
  const sum = Rational.sum(owners.map((o) => shareOf(o.share)));
  if (!sum.eq(Rational.ONE)) {
    problems.push({
      path,
      message: {
        'zh-CN': `各方份额之和应恰好为 1，现为 ${sum.toFraction()}`,
        en: `the shares must sum to exactly 1, not ${sum.toFraction()}`,
      },
    });
  }
  return problems;
}

/** A ratio string ("2/3", "50%") as an exact rational. */
export function shareOf(text: string): Rational {
  const r = getRatio(text);
  return Rational.of(r.num, r.den);
}
