// `huahe match --profiles FILE.jsonl --queries FILE.jsonl [--top N] [--explain] [--stats]`:
// SPEC §6.3. One output line per query, in input order:
//   {"query": "<query id>", "results": [{"id": "…", "score": 12.3, "why": ["…"]}]}
// `why` (the reasons, in the user's language) is present only with --explain and omitted
// otherwise, so that bulk runs stay small. Scores are rounded to 4 decimals.
// Beyond the documented fields, lines may carry what the engine understands (profiles: trl,
// qualifications, passages, prior; queries: tags, kind, region, trl, qualifications, filters).
import {
  buildMatchingIndex,
  matchProfiles,
  ORGANISATION_KINDS,
  type CapabilityProfile,
  type MatchQuery,
} from '@huahe/matching';
import { EXIT, readInput, UsageError, type Command, type Io } from '../io';

type Lang = Io['lang'];
type Json = Record<string, unknown>;
const t = (lang: Lang, en: string, zh: string) => (lang === 'en' ? en : zh);

const USAGE = 'match --profiles FILE.jsonl --queries FILE.jsonl [--top N] [--explain] [--stats]';

interface Options {
  profiles: string;
  queries: string;
  top: number;
  explain: boolean;
  stats: boolean;
}

function parseArgs(argv: string[], lang: Lang): Options {
  const values: Record<string, string> = {};
  const flags = new Set<string>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const [name, inline] =
      arg.startsWith('--') && arg.includes('=')
        ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)]
        : [arg, undefined];
    if (name === '--explain' || name === '--stats') flags.add(name);
    else if (name === '--profiles' || name === '--queries' || name === '--top') {
      const value = inline ?? argv[++i];
      if (value === undefined || value === '')
        throw new UsageError(
          t(lang, `${name} needs a value; usage: huahe ${USAGE}`, `${name} 缺少取值;用法:huahe ${USAGE}`),
        );
      values[name] = value;
    } else
      throw new UsageError(
        t(lang, `unknown argument ${arg}; usage: huahe ${USAGE}`, `未知参数 ${arg};用法:huahe ${USAGE}`),
      );
  }
  const profiles = values['--profiles'];
  const queries = values['--queries'];
  if (profiles === undefined || queries === undefined)
    throw new UsageError(t(lang, `usage: huahe ${USAGE}`, `用法:huahe ${USAGE}`));
  if (profiles === '-' && queries === '-')
    throw new UsageError(
      t(
        lang,
        'only one of --profiles and --queries can be - (stdin)',
        '--profiles 与 --queries 只能有一个为 -(标准输入)',
      ),
    );
  const topText = values['--top'] ?? '10';
  if (!/^\d+$/.test(topText) || Number(topText) < 1 || Number(topText) > 10000) {
    throw new UsageError(
      t(
        lang,
        `--top must be an integer from 1 to 10000, got ${topText}`,
        `--top 须为 1 到 10000 的整数,实际为 ${topText}`,
      ),
    );
  }
  return {
    profiles,
    queries,
    top: Number(topText),
    explain: flags.has('--explain'),
    stats: flags.has('--stats'),
  };
}

/** Reads a field check's failure as "FILE:LINE: reason". */
class LineError extends Error {}

const isStringArray = (x: unknown): x is string[] =>
  Array.isArray(x) && x.every((s) => typeof s === 'string');

function field<T>(
  obj: Json,
  key: string,
  ok: (x: unknown) => x is T,
  what: string,
  lang: Lang,
): T | undefined {
  const value = obj[key];
  if (value === undefined) return undefined;
  if (!ok(value)) throw new LineError(t(lang, `"${key}" must be ${what}`, `"${key}" 须为${what}`));
  return value;
}

const isString = (x: unknown): x is string => typeof x === 'string';
const isKind = (x: unknown): x is CapabilityProfile['kind'] & string =>
  (ORGANISATION_KINDS as readonly unknown[]).includes(x);
const isTrlLevel = (x: unknown): x is number =>
  typeof x === 'number' && Number.isInteger(x) && x >= 1 && x <= 9;
const isTrl = (x: unknown): x is number | [number, number] =>
  isTrlLevel(x) || (Array.isArray(x) && x.length === 2 && x.every(isTrlLevel));
const isPrior = (x: unknown): x is number => typeof x === 'number' && x >= 0 && x <= 1;
const isObject = (x: unknown): x is Json => typeof x === 'object' && x !== null && !Array.isArray(x);
const kindsText = ORGANISATION_KINDS.join(', ');

function required(obj: Json, key: string, lang: Lang): string {
  const value = obj[key];
  if (typeof value !== 'string' || value === '')
    throw new LineError(
      t(lang, `"${key}" is required and must be a non-empty string`, `缺少 "${key}" 或其不是非空字符串`),
    );
  return value;
}

function toProfile(obj: Json, lang: Lang): CapabilityProfile {
  const text = obj.text;
  if (typeof text !== 'string')
    throw new LineError(t(lang, '"text" is required and must be a string', '缺少 "text" 或其不是字符串'));
  return {
    id: required(obj, 'id', lang),
    text,
    name: field(obj, 'name', isString, t(lang, 'a string', '字符串'), lang),
    tags: field(obj, 'tags', isStringArray, t(lang, 'an array of strings', '字符串数组'), lang),
    kind: field(obj, 'kind', isKind, t(lang, `one of ${kindsText}`, `以下之一:${kindsText}`), lang),
    region: field(obj, 'region', isString, t(lang, 'a string', '字符串'), lang),
    trl: field(obj, 'trl', isTrl, t(lang, 'a TRL 1–9 or [from, to]', 'TRL 1–9 或 [起, 止]'), lang),
    qualifications: field(
      obj,
      'qualifications',
      isStringArray,
      t(lang, 'an array of strings', '字符串数组'),
      lang,
    ),
    passages: field(obj, 'passages', isStringArray, t(lang, 'an array of strings', '字符串数组'), lang),
    prior: field(obj, 'prior', isPrior, t(lang, 'a number from 0 to 1', '0 到 1 之间的数'), lang),
  };
}

function toQuery(
  obj: Json,
  top: number,
  lang: Lang,
  known: ReadonlySet<string>,
): { id: string; query: MatchQuery } {
  const text = obj.text;
  if (typeof text !== 'string')
    throw new LineError(t(lang, '"text" is required and must be a string', '缺少 "text" 或其不是字符串'));
  const strings = t(lang, 'an array of strings', '字符串数组');
  const filters = field(obj, 'filters', isObject, t(lang, 'an object', '对象'), lang);
  const query: MatchQuery = {
    text,
    top,
    members: field(obj, 'members', isStringArray, t(lang, 'an array of profile ids', '单位 id 数组'), lang),
    tags: field(obj, 'tags', isStringArray, strings, lang),
    kind: field(obj, 'kind', isKind, t(lang, `one of ${kindsText}`, `以下之一:${kindsText}`), lang),
    region: field(obj, 'region', isString, t(lang, 'a string', '字符串'), lang),
    trl: field(obj, 'trl', isTrlLevel, t(lang, 'a TRL 1–9', 'TRL 1–9'), lang),
    qualifications: field(obj, 'qualifications', isStringArray, strings, lang),
  };
  if (filters) {
    const kinds = field(
      filters,
      'kinds',
      (x): x is NonNullable<CapabilityProfile['kind']>[] => Array.isArray(x) && x.every(isKind),
      t(lang, `an array of ${kindsText}`, `由 ${kindsText} 组成的数组`),
      lang,
    );
    query.filters = {
      kinds,
      regionPrefix: field(filters, 'regionPrefix', isString, t(lang, 'a string', '字符串'), lang),
      tags: field(filters, 'tags', isStringArray, strings, lang),
      excludeIds: field(filters, 'excludeIds', isStringArray, strings, lang),
    };
  }
  const unknown = query.members?.find((m) => !known.has(m));
  if (unknown !== undefined)
    throw new LineError(
      t(
        lang,
        `"members" names ${unknown}, which is not a profile`,
        `"members" 中的 ${unknown} 不在单位画像中`,
      ),
    );
  return { id: required(obj, 'id', lang), query };
}

/** Parses JSON lines, naming FILE:LINE in every error; blank lines are skipped. */
function parseLines<T>(text: string, file: string, lang: Lang, convert: (obj: Json) => T): T[] {
  const out: T[] = [];
  text.split('\n').forEach((raw, i) => {
    const line = raw.trim();
    if (line === '') return;
    const where = `${file}:${i + 1}`;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (err) {
      throw new UsageError(
        `${where}: ${t(lang, 'invalid JSON', 'JSON 格式错误')} (${(err as Error).message})`,
      );
    }
    if (!isObject(value))
      throw new UsageError(`${where}: ${t(lang, 'expected a JSON object', '应为 JSON 对象')}`);
    try {
      out.push(convert(value));
    } catch (err) {
      if (err instanceof LineError) throw new UsageError(`${where}: ${err.message}`);
      throw err;
    }
  });
  return out;
}

const percentile = (sorted: number[], p: number): number =>
  sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))] ?? 0;
const round = (x: number, digits: number) => Math.round(x * 10 ** digits) / 10 ** digits;

const match: Command = {
  name: 'match',
  summary: {
    'zh-CN': '为需求匹配单位、为联合体推荐伙伴,附中英文理由(SPEC §6.3)',
    en: 'match demands to organisations and recommend partners, with reasons (SPEC §6.3)',
  },
  usage: USAGE,
  async run(argv, io) {
    const lang = io.lang;
    const opts = parseArgs(argv, lang);
    const profileText = await readInput(opts.profiles, io);
    const queryText = await readInput(opts.queries, io);
    const profiles = parseLines(profileText, opts.profiles, lang, (o) => toProfile(o, lang));
    const seen = new Set<string>();
    profiles.forEach((p) => {
      if (seen.has(p.id))
        throw new UsageError(
          `${opts.profiles}: ${t(lang, `duplicate profile id ${p.id}`, `单位 id 重复:${p.id}`)}`,
        );
      seen.add(p.id);
    });
    const queries = parseLines(queryText, opts.queries, lang, (o) => toQuery(o, opts.top, lang, seen));

    const built = performance.now();
    const index = buildMatchingIndex(profiles);
    const buildMs = performance.now() - built;
    const times: number[] = [];
    const lines: string[] = [];
    for (const { id, query } of queries) {
      const started = performance.now();
      const results = matchProfiles(index, query);
      times.push(performance.now() - started);
      const out = results.map((r) => ({
        id: r.id,
        score: round(r.score, 4),
        ...(opts.explain ? { why: r.reasons.map((x) => (lang === 'en' ? x.en : x.zh)) } : {}),
      }));
      lines.push(JSON.stringify({ query: id, results: out }));
    }
    io.stdout.write(lines.map((l) => l + '\n').join(''));
    if (opts.stats) {
      times.sort((a, b) => a - b);
      const stats = {
        profiles: index.size,
        indexBuildMs: round(buildMs, 1),
        queryP50Ms: round(percentile(times, 0.5), 3),
        queryP99Ms: round(percentile(times, 0.99), 3),
        peakRssMb: round(process.resourceUsage().maxRSS / 1024, 1),
      };
      io.stderr.write(JSON.stringify(stats) + '\n');
    }
    return EXIT.ok;
  },
};

export default match;
