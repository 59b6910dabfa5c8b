import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { rename } from 'node:fs/promises';
import { resolve } from 'node:path';
import { createGzip } from 'node:zlib';
import { dumpDatabase } from '@huahe/db';
import { withDatabase } from '../db';
import { EXIT, UsageError, type Command } from '../io';
import { progressBar } from '../progress';

const backup: Command = {
  name: 'backup',
  summary: {
    'zh-CN': '导出逻辑备份（两种数据库通用；.gz 结尾则压缩）',
    en: 'Write a logical backup (either database; gzip for .gz)',
  },
  usage: 'backup FILE',
  async run(argv, io) {
    if (argv.length !== 1 || argv[0]!.startsWith('-'))
      throw new UsageError(io.lang === 'en' ? 'usage: huahe backup FILE' : '用法：huahe backup FILE');
    const target = resolve(io.cwd, argv[0]!);
    const partial = `${target}.partial`;
    const header = await withDatabase(io, async (database) => {
      const file = createWriteStream(partial);
      const gz = target.endsWith('.gz') ? createGzip() : null;
      if (gz) gz.pipe(file);
      const sink = gz ?? file;
      const bar = progressBar(io, io.lang === 'en' ? 'backup' : '备份');
      const write = async (line: string) => {
        if (!sink.write(line + '\n')) await once(sink, 'drain');
      };
      const { version } = await database.migrationVersion();
      const h = await dumpDatabase(database.db, version, write, bar.update);
      bar.finish();
      sink.end();
      await once(file, 'finish');
      return h;
    });
    // Only a complete file gets the final name.
    await rename(partial, target);
    const rows = Object.values(header.tables).reduce((a, b) => a + b, 0);
    io.stdout.write(`${target}\t${Object.keys(header.tables).length} tables\t${rows} rows\n`);
    return EXIT.ok;
  },
};
export default backup;
