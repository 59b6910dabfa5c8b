// Loads the real text the profile generator learns from (data/ in the repository).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createTokenizer, TECHNICAL_TERMS } from '@huahe/matching';
import { WordChain, type GeneratorSources } from './generator';
import { loadNsfc } from './nsfc';

/** Word chains from the NSFC titles and CORDIS objectives, plus the technical terms. */
export function loadGeneratorSources(dataDir: string): GeneratorSources {
  const segmenter = createTokenizer();
  const titles = loadNsfc(join(dataDir, 'natural-2017-09-26.csv.zip')).map((p) =>
    segmenter.words(p.title).filter((w) => w.trim() !== ''),
  );
  const projects = JSON.parse(readFileSync(join(dataDir, 'project.json'), 'utf8')) as Array<{
    objective: string;
  }>;
  const sentences = projects.flatMap((p) =>
    p.objective.split(/[.;!?]\s+/).map((s) =>
      s
        .split(/\s+/)
        .map((w) => w.replace(/^[("'“]+|[)"'”,:]+$/g, ''))
        .filter((w) => w !== ''),
    ),
  );
  return { zh: new WordChain(titles, ''), en: new WordChain(sentences, ' '), terms: TECHNICAL_TERMS };
}
