import type { Database } from '@huahe/db';
import { buildApp } from './app';
import { loadConfig } from './config';
import { serialiseOpenApi } from './plugins/openapi';

/** The OpenAPI document as committed in openapi.json; building it needs no database. */
export async function generateOpenApi(): Promise<string> {
  const unused = () => Promise.reject(new Error('no database while generating the OpenAPI document'));
  const database = {
    kind: 'pglite',
    db: null,
    migrate: unused,
    migrationVersion: unused,
    close: unused,
  } as unknown as Database;
  const app = await buildApp({
    database,
    config: { ...loadConfig({}), webDist: '/nonexistent', rateLimitPerMinute: 0 },
    logger: false,
  });
  await app.ready();
  const doc = serialiseOpenApi(app.swagger());
  await app.close();
  return doc;
}
