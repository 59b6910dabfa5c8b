// GB/T 2260 administrative divisions: lookups, paths and a tree for Ant Design's Cascader.
// The data is generated (regions.data.ts); English names exist for provinces only, so `en` falls back
// to the Chinese name below province level.
import type { Lang } from '../common';
import { findProvince } from './provinces';
import { REGION_ROWS } from './regions.data';

/** One division of GB/T 2260. */
export interface Region {
  code: string;
  /** Chinese name as published. */
  zh: string;
  /** English name (provinces only). */
  en?: string;
  level: 'province' | 'city' | 'county';
  /** The code of the enclosing division; absent for provinces. */
  parent?: string;
}

/** A node of the Cascader tree: `value` is the code, `label` the name in the requested language. */
export interface RegionOption {
  value: string;
  label: string;
  children?: RegionOption[];
}

const levelOf = (code: string): Region['level'] =>
  code.endsWith('0000') ? 'province' : code.endsWith('00') ? 'city' : 'county';

const names = new Map<string, string>(REGION_ROWS.map(([code, zh]) => [code, zh]));

function parentOf(code: string): string | undefined {
  const level = levelOf(code);
  if (level === 'province') return undefined;
  const province = code.slice(0, 2) + '0000';
  if (level === 'city') return province;
  const city = code.slice(0, 4) + '00';
  // Counties of municipalities (北京, 天津, 上海, 重庆) hang directly under the province.
  return names.has(city) ? city : province;
}

const regions = new Map<string, Region>(
  REGION_ROWS.map(([code, zh]) => {
    const level = levelOf(code);
    const parent = parentOf(code);
    const en = level === 'province' ? findProvince(code)?.en : undefined;
    const region: Region = { code, zh, level, ...(en ? { en } : {}), ...(parent ? { parent } : {}) };
    return [code, region];
  }),
);

const children = new Map<string, string[]>();
for (const region of regions.values()) {
  if (!region.parent) continue;
  const list = children.get(region.parent) ?? [];
  list.push(region.code);
  children.set(region.parent, list);
}

/** The division with this code, or undefined. */
export function findRegion(code: string): Region | undefined {
  return regions.get(code);
}

/** The division with this code; throws when there is none. */
export function getRegion(code: string): Region {
  const region = regions.get(code);
  if (!region) throw new RangeError(`unknown GB/T 2260 code: ${code}`);
  return region;
}

/** True when the code is a province, city or county in the table. */
export function isValidRegionCode(code: string): boolean {
  return regions.has(code);
}

/** The division's name (English for provinces when lang is `en`, else Chinese), or undefined. */
export function regionName(code: string, lang: Lang = 'zh-CN'): string | undefined {
  const region = regions.get(code);
  if (!region) return undefined;
  return lang === 'en' ? (region.en ?? region.zh) : region.zh;
}

/** Province → city → county down to the given code; empty for unknown codes. */
export function regionPath(code: string): Region[] {
  const path: Region[] = [];
  for (
    let region = regions.get(code);
    region;
    region = region.parent ? regions.get(region.parent) : undefined
  ) {
    path.unshift(region);
  }
  return path;
}

/** The full name, e.g. 福建省厦门市集美区 or "Fujian / 厦门市 / 集美区" in English. */
export function regionFullName(code: string, lang: Lang = 'zh-CN'): string | undefined {
  const path = regionPath(code);
  if (path.length === 0) return undefined;
  const parts = path.map((r) => (lang === 'en' ? (r.en ?? r.zh) : r.zh));
  return lang === 'en' ? parts.join(' / ') : parts.join('');
}

/** The province a code belongs to, by its first two digits (works for codes no longer in the table). */
export function provinceOf(code: string): Region | undefined {
  const province = findProvince(code);
  return province ? regions.get(province.code) : undefined;
}

/** The divisions directly under a code (or the provinces, when no code is given), in code order. */
export function regionChildren(code?: string): Region[] {
  const codes =
    code === undefined
      ? [...regions.values()].filter((r) => r.level === 'province').map((r) => r.code)
      : (children.get(code) ?? []);
  return codes.map((c) => getRegion(c));
}

/** The whole table as a Cascader tree (province → city → county), labels in the requested language. */
export function regionCascaderOptions(lang: Lang = 'zh-CN'): RegionOption[] {
  const build = (region: Region): RegionOption => {
    const kids = children.get(region.code);
    const label = lang === 'en' ? (region.en ?? region.zh) : region.zh;
    return kids
      ? { value: region.code, label, children: kids.map((c) => build(getRegion(c))) }
      : { value: region.code, label };
  };
  return regionChildren().map(build);
}

/** How many divisions of each level the table holds. */
export function regionCounts(): Record<Region['level'], number> {
  const counts = { province: 0, city: 0, county: 0 };
  for (const region of regions.values()) counts[region.level]++;
  return counts;
}
