import { describe, expect, it } from 'vitest';
import { stemEnglish } from './stem';
import { mineTerms } from './terms';
import { createTokenizer, tagTerm } from './tokenizer';

const tokenizer = createTokenizer();

describe('tokenizer', () => {
  it('segments 碳化硅功率芯片 into 碳化硅 / 功率 / 芯片, not single characters', () => {
    expect(tokenizer.terms('碳化硅功率芯片')).toEqual(['碳化硅', '功率', '芯片']);
  });

  it('keeps curated technical terms whole (热失控, 元宇宙, 数字人, 液化天然气, 加注船)', () => {
    expect(tokenizer.terms('动力电池热失控')).toEqual(['动力电池', '热失控']);
    expect(tokenizer.terms('元宇宙数字人')).toEqual(['元宇宙', '数字人']);
    expect(tokenizer.terms('液化天然气加注船')).toEqual(['液化天然气', '加注船']);
  });

  it('drops Chinese and English stop words', () => {
    expect(tokenizer.terms('基于深度学习的供应链研究')).toEqual(['深度学习', '供应链']);
    expect(tokenizer.terms('The objective of the project is power electronics')).toEqual([
      'power',
      'electronic',
    ]);
  });

  it('lowercases, folds full-width forms and stems English inside mixed text', () => {
    expect(tokenizer.terms('Lithium-ion Batteries 与 ＳｉＣ MOSFETs')).toEqual([
      'lithium',
      'ion',
      'batteri',
      'sic',
      'mosfet',
    ]);
  });

  it('emits character bigrams only when asked', () => {
    expect(createTokenizer({ bigrams: true }).terms('功率芯片')).toEqual([
      '功率',
      '芯片',
      '~功率',
      '~率芯',
      '~芯片',
    ]);
  });

  it('emits sub-words of long words in search mode', () => {
    expect(createTokenizer({ subwords: true }).terms('碳化硅')).toEqual(['碳化', '化硅', '碳化硅']);
  });

  it('grows its dictionary with added terms', () => {
    const own = createTokenizer();
    expect(own.terms('超透镜成像')).toEqual(['超', '透镜', '成像']);
    own.addTerms(['超透镜']);
    expect(own.terms('超透镜成像')).toEqual(['超透镜', '成像']);
  });

  it('normalises tags into their own namespace', () => {
    expect(tagTerm(' ＳｉＣ ')).toBe('#sic');
  });
});

describe('stemEnglish', () => {
  it.each([
    ['batteries', 'batteri'],
    ['battery', 'batteri'],
    ['vehicles', 'vehicle'],
    ['vehicle', 'vehicle'],
    ['charging', 'charg'],
    ['charged', 'charg'],
    ['semiconductors', 'semiconductor'],
    ['optimization', 'optimize'],
    ['optimizing', 'optimize'],
    ['relational', 'relate'],
    ['hopping', 'hop'],
    ['gas', 'gas'],
    ['analysis', 'analysis'],
  ])('%s → %s', (word, stem) => {
    expect(stemEnglish(word)).toBe(stem);
  });

  it('leaves short words and non-letters alone', () => {
    expect(stemEnglish('gan')).toBe('gan');
    expect(stemEnglish('h2020')).toBe('h2020');
  });
});

describe('mineTerms', () => {
  it('finds a frequent, cohesive run of words that the dictionary splits', () => {
    const texts = Array.from({ length: 6 }, (_, i) => `超透镜用于第${i}代成像`);
    expect(mineTerms(texts, (t) => tokenizer.words(t), { minCount: 5 })).toContain('超透镜');
  });

  it('ignores runs seen fewer than minCount times', () => {
    const texts = ['超透镜用于成像', '超透镜用于显示'];
    expect(mineTerms(texts, (t) => tokenizer.words(t), { minCount: 5 })).toEqual([]);
  });
});
