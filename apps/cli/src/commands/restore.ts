import { createReadStream, existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { createGunzip } from 'node:zlib';
import { restoreDatabase, RestoreError } from '@huahe/db';
import { withDatabase } from '../db';
import { EXIT, UsageError, type Command } from '../io';
import { progressBar } from '../progress';

const restore: Command = {
  name: 'restore',
  summary: { 'zh-CN': '从逻辑备份恢复到空数据库', en: 'Restore a logical backup into an empty database' },
  usage: 'restore FILE',
  async run(argv, io) {
    if (argv.length !== 1 || argv[0]!.startsWith('-'))
      throw new UsageError(io.lang === 'en' ? 'usage: huahe restore FILE' : '用法：huahe restore FILE');
    const source = resolve(io.cwd, argv[0]!);
    if (!existsSync(source))
      throw new UsageError(io.lang === 'en' ? `no such file: ${argv[0]}` : `文件不存在：${argv[0]}`);
    try {
      const header = await withDatabase(io, async (database) => {
        const raw = createReadStream(source);
        const gz = source.endsWith('.gz') ? raw.pipe(createGunzip()) : raw;
        const lines = createInterface({ input: gz, crlfDelay: Infinity });
        const bar = progressBar(io, io.lang === 'en' ? 'restore' : '恢复');
        const h = await restoreDatabase(database.db, lines, bar.update);
        bar.finish();
        return h;
      });
      const rows = Object.values(header.tables).reduce((a, b) => a + b, 0);
      io.stdout.write(`${io.lang === 'en' ? 'restored' : '已恢复'}\t${rows} rows\t${header.createdAt}\n`);
      return EXIT.ok;
    } catch (err) {
      if (err instanceof RestoreError) throw new UsageError(err.message);
      if ((err as { code?: string }).code === 'Z_DATA_ERROR') throw new UsageError('not a gzip file');
      throw err;
    }
  },
};
export default restore;
