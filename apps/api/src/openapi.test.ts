import { readFileSync } from 'node:fs';
import { validate } from '@scalar/openapi-parser';
import { describe, expect, it } from 'vitest';
import { repoRoot } from './config';
import { generateOpenApi } from './openapi';

describe('the OpenAPI document', () => {
  it('is a valid OpenAPI 3.1 document', async () => {
    const doc = await generateOpenApi();
    const result = await validate(doc);
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
    expect(JSON.parse(doc).openapi).toBe('3.1.0');
  });

  it('matches the committed openapi.json (run `npm run openapi` after changing an endpoint)', async () => {
    const committed = readFileSync(`${repoRoot}/openapi.json`, 'utf8');
    expect(committed === (await generateOpenApi()), 'openapi.json is stale: run `npm run openapi`').toBe(
      true,
    );
  });
});
