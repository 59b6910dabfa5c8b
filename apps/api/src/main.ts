import { createDatabase, type Database } from '@huahe/db';
import { buildApp } from './app';
import { loadConfig, type Config } from './config';
import { systemClock } from './lib/clock';
import { sendDeadlineReminders } from './modules/notifications/deadlines.service';
import { demoAccounts, DEMO_PASSWORD, isDatabaseEmpty, seedDemo } from './seed/demo';

/** Opens the configured database (PGlite with its lock, or PostgreSQL) and runs the migrations. */
export async function openDatabase(config: Config): Promise<Database> {
  const database = await createDatabase(
    config.database.kind === 'pglite'
      ? { kind: 'pglite', dataDir: config.database.dataDir }
      : { kind: 'postgres', url: config.database.url, poolSize: config.database.poolSize },
  );
  try {
    await database.migrate();
  } catch (err) {
    await database.close();
    throw err;
  }
  return database;
}

/** `huahe serve`: config → database → migrations → demo data on first start → listen; stops gracefully. */
export async function startServer(
  env: NodeJS.ProcessEnv = process.env,
  out: { write(s: string): unknown } = process.stdout,
): Promise<{ close(): Promise<void>; url: string }> {
  const config = loadConfig(env);
  const database = await openDatabase(config);
  let seeded = false;
  if (config.demo === 'auto' && (await isDatabaseEmpty(database.db))) {
    await seedDemo(database.db, systemClock);
    seeded = true;
  }
  const app = await buildApp({ database, config });
  await app.listen({ host: config.host, port: config.port });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  const host = config.host.includes(':') ? `[${config.host}]` : config.host;
  const url = `http://${host === '0.0.0.0' ? '127.0.0.1' : host}:${port}/`;

  const lines = [
    '',
    `  化合 Huahe 已启动 / is running:  ${url}`,
    `  API 文档 / API reference:       ${url}api/docs`,
    `  数据库 / database:               ${database.kind === 'pglite' ? `PGlite ${config.database.kind === 'pglite' ? config.database.dataDir : ''}` : 'PostgreSQL'}`,
  ];
  if (seeded) {
    lines.push('', `  演示账号 / demo accounts (密码 / password: ${DEMO_PASSWORD}):`);
    for (const a of demoAccounts) lines.push(`    ${a.email.padEnd(26)} ${a.label['zh-CN']} / ${a.label.en}`);
    lines.push('    (公众 / public: 无需账号 / no account needed)');
  }
  out.write(lines.join('\n') + '\n\n');

  // Deadline reminders: every 10 minutes; a dedupe key per deadline keeps several processes from repeating them.
  const remind = () =>
    void sendDeadlineReminders(database.db, systemClock).catch((err: unknown) =>
      app.log.warn({ err }, 'reminders failed'),
    );
  const reminders = setInterval(remind, 10 * 60_000);
  reminders.unref();
  setTimeout(remind, 5_000).unref();

  let closing: Promise<void> | undefined;
  const close = () =>
    (closing ??= (async () => {
      clearInterval(reminders);
      // In-flight requests finish; new connections are refused; then the database closes cleanly.
      await app.close();
      await database.close();
    })());
  return { close, url };
}
