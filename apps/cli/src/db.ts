import { ConfigError, loadConfig, type Config } from '@huahe/api/config';
import { openDatabase } from '@huahe/api/main';
import { DataDirLockedError, type Database } from '@huahe/db';
import { UsageError, type Io } from './io';

/** Opens the configured database for a command and always closes it. */
export async function withDatabase<T>(
  io: Io,
  fn: (database: Database, config: Config) => Promise<T>,
): Promise<T> {
  let config: Config;
  try {
    config = loadConfig(io.env, io.cwd);
  } catch (err) {
    if (err instanceof ConfigError) throw new UsageError(err.message.replace(/\n\s*/g, ' '));
    throw err;
  }
  let database: Database;
  try {
    database = await openDatabase(config);
  } catch (err) {
    if (err instanceof DataDirLockedError) throw new UsageError(err.message);
    throw err;
  }
  try {
    return await fn(database, config);
  } finally {
    await database.close();
  }
}
