// Reasons in zh and en, built from the very numbers that make the score: the points of every
// reason add up to the score (terms and tags, minus the coverage discount, plus relevance × each
// fit part), so an explanation can never disagree with the ranking.
import { regionLevel } from './fit';
import type { MatchingIndex } from './matching-index';
import type { QueryPlan } from './query-plan';
import { BIGRAM_PREFIX, TAG_PREFIX } from './tokenizer';
import type { FitParts, MatchReason, OrganisationKind, TermContribution } from './types';

/** Names of the kinds, for reasons and the UI. */
export const KIND_LABELS: Record<OrganisationKind, { zh: string; en: string }> = {
  leading_enterprise: { zh: '龙头企业', en: 'leading enterprise' },
  enterprise: { zh: '企业', en: 'enterprise' },
  sme: { zh: '专精特新中小企业', en: 'SME' },
  university: { zh: '高校', en: 'university' },
  research_institute: { zh: '科研院所', en: 'research institute' },
  new_rd_institution: { zh: '新型研发机构', en: 'new R&D institution' },
  testing_body: { zh: '检测认证机构', en: 'testing/certification body' },
  government: { zh: '政府部门', en: 'government agency' },
  financial: { zh: '金融机构', en: 'financial institution' },
  other: { zh: '其他单位', en: 'other organisation' },
};

const fmt = (x: number): string => (Math.round(x * 100) / 100).toFixed(2);
const pct = (x: number): string => `${Math.round(x * 100)}%`;
const TOP_TERMS = 5;

/** What explain needs about one candidate. */
export interface Explained {
  terms: TermContribution[];
  relevance: number;
  fit: FitParts;
  score: number;
  passage: { text: string; points: number } | undefined;
}

const listed = (terms: TermContribution[], sep: string, show: (t: TermContribution) => string): string =>
  terms.slice(0, TOP_TERMS).map(show).join(sep) +
  (terms.length > TOP_TERMS ? (sep === '、' ? '等' : ', …') : '');

/** The reasons for one candidate (`doc` is its internal number). */
export function reasonsFor(index: MatchingIndex, plan: QueryPlan, doc: number, e: Explained): MatchReason[] {
  const out: MatchReason[] = [];
  const words = e.terms.filter((t) => !t.term.startsWith(TAG_PREFIX) && !t.term.startsWith(BIGRAM_PREFIX));
  const tags = e.terms.filter((t) => t.term.startsWith(TAG_PREFIX));
  const bigrams = e.terms.filter((t) => t.term.startsWith(BIGRAM_PREFIX));
  const sum = (ts: TermContribution[]) => ts.reduce((s, t) => s + t.points, 0);
  if (words.length > 0) {
    out.push({
      code: 'terms',
      points: sum(words),
      zh: `匹配词:${listed(words, '、', (t) => `${t.term} +${fmt(t.points)}`)}`,
      en: `matched terms: ${listed(words, ', ', (t) => `${t.term} +${fmt(t.points)}`)}`,
    });
  }
  if (tags.length > 0) {
    const names = tags.map((t) => t.term.slice(TAG_PREFIX.length));
    out.push({
      code: 'tags',
      points: sum(tags),
      zh: `标签重合:${names.join('、')} +${fmt(sum(tags))}`,
      en: `shared tags: ${names.join(', ')} +${fmt(sum(tags))}`,
    });
  }
  if (bigrams.length > 0) {
    out.push({
      code: 'partial',
      points: sum(bigrams),
      zh: `字面相近(${bigrams.length} 个双字片段)+${fmt(sum(bigrams))}`,
      en: `similar wording (${bigrams.length} character pairs) +${fmt(sum(bigrams))}`,
    });
  }
  if (e.passage) {
    const text = e.passage.text.length > 60 ? `${e.passage.text.slice(0, 60)}…` : e.passage.text;
    out.push({
      code: 'passage',
      points: e.passage.points,
      zh: `最相近的既往工作:《${text}》+${fmt(e.passage.points)}`,
      en: `closest past work: "${text}" +${fmt(e.passage.points)}`,
    });
  }
  const part = (code: keyof FitParts, zh: string, en: string) => {
    const share = e.fit[code];
    if (share <= 0) return;
    const points = e.relevance * share;
    out.push({
      code,
      points,
      zh: `${zh} +${fmt(points)}(+${pct(share)})`,
      en: `${en} +${fmt(points)} (+${pct(share)})`,
    });
  };
  const kind = KIND_LABELS[index.kindOfDoc(doc) ?? 'other'];
  if (plan.requester) {
    const from = KIND_LABELS[plan.requester];
    part(
      'kind',
      `类型互补:${from.zh}需求,候选为${kind.zh}`,
      `complementary kind: ${from.en} demand, candidate is a ${kind.en}`,
    );
  } else {
    part('kind', `补足联合体缺少的单位类型:${kind.zh}`, `adds a kind the consortium lacks: ${kind.en}`);
  }
  const level = plan.region !== undefined ? regionLevel(plan.region, index.region[doc] ?? '') : undefined;
  const where = {
    city: ['同城', 'same city'],
    province: ['同省', 'same province'],
    same: ['同一地区', 'same region'],
  };
  if (level)
    part(
      'region',
      `${where[level][0]!}(${index.region[doc]!})`,
      `${where[level][1]!} (${index.region[doc]!})`,
    );
  const near = plan.memberRegion(doc);
  if (near) {
    const [zh, en] = where[near.level];
    part(
      'region',
      `${near.of} 家现有成员中 ${near.members} 家与其${zh}(${index.region[doc]!})`,
      `${near.members} of ${near.of} current members in the ${en} (${index.region[doc]!})`,
    );
  }
  const [lo, hi] = [index.trlLo.data[doc]!, index.trlHi.data[doc]!];
  const range = lo === hi ? `${lo}` : `${lo}–${hi}`;
  part(
    'trl',
    `技术成熟度相符:TRL ${range},需求 ${plan.trl ?? ''}`,
    `TRL fits: works at ${range}, needs ${plan.trl ?? ''}`,
  );
  const held = (index.quals[doc] ?? []).filter((q) => plan.qualifications.includes(q));
  part(
    'qualifications',
    `具备所需资质:${held.join('、')}`,
    `holds the qualifications asked for: ${held.join(', ')}`,
  );
  const partners = plan.members
    .filter((m) => plan.partnersOf(doc).has(m))
    .map((m) => index.names[m] ?? index.ids[m]!);
  const strength = fmt(plan.history.get(doc) ?? 0);
  part(
    'history',
    `曾与现有成员合作:${partners.join('、')}(强度 ${strength})`,
    `worked with current members: ${partners.join(', ')} (strength ${strength})`,
  );
  part('prior', '活跃度先验(以往项目多)', 'activity prior (many past projects)');
  const discounted = e.terms.filter((t) => t.discount > 0).sort((a, b) => b.discount - a.discount);
  if (discounted.length > 0) {
    const total = discounted.reduce((s, t) => s + t.discount, 0);
    const show = (t: TermContribution) => t.term.replace(/^[#~]/, '');
    out.push({
      code: 'coverage',
      points: -total,
      zh: `现有成员已覆盖,权重降低:${listed(discounted, '、', show)} −${fmt(total)}`,
      en: `already covered by current members, weighted down: ${listed(discounted, ', ', show)} −${fmt(total)}`,
    });
  }
  return out;
}
