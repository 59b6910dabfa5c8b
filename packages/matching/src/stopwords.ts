// Words that carry no capability: function words, and the boilerplate of project titles and
// proposals (研究, 基于, "project", "develop"). Dropping them keeps the posting lists that every
// query would touch out of the index, which is also what keeps queries fast at a million profiles.

/** English stop words (compared after lowercasing, before stemming). */
export const EN_STOP_WORDS: ReadonlySet<string> = new Set(
  `a about above after again against all also am an and any are as at be because been before being
  below between both but by can could did do does doing down during each either etc few for from further
  had has have having he her here hers him his how however i if in into is it its itself just may me might
  more most must my no nor not now of off on once only or other our ours out over own per same shall she
  should so some such than that the their theirs them then there these they this those through thus to too
  under until up upon us very via was we were what when where which while who whom why will with within
  without would yet you your
  project projects aim aims objective objectives new based within well also use used using will develop
  developed development`
    .split(/\s+/)
    .filter((w) => w !== ''),
);

/** Chinese stop words: particles, conjunctions, and title boilerplate. */
export const ZH_STOP_WORDS: ReadonlySet<string> = new Set(
  `的 地 得 了 着 过 和 与 及 或 而 并 且 在 对 为 以 于 从 由 把 被 将 向 等 之 其 该 各 这 那 是 有 也
  及其 以及 并且 或者 而且 对于 关于 基于 面向 通过 进行 若干 一种 一个 一些 相关 有关 其中 如何 为例 视角 下
  研究 探索 探讨 初探 问题 作用 影响 中 上 条件 背景 理论 方法 机制 实证 分析 我国 中国`
    .split(/\s+/)
    .filter((w) => w !== ''),
);
