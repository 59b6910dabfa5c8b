import { systemClock } from '@huahe/api/lib/clock';
import { seedDemo } from '@huahe/api/seed/demo';
import { withDatabase } from '../db';
import { EXIT, UsageError, type Command } from '../io';
import { progressBar } from '../progress';

const seed: Command = {
  name: 'seed',
  summary: { 'zh-CN': '载入演示数据（可重复执行）', en: 'Load the demo data (idempotent)' },
  usage: 'seed --demo',
  async run(argv, io) {
    if (argv.length !== 1 || argv[0] !== '--demo') {
      throw new UsageError(io.lang === 'en' ? 'usage: huahe seed --demo' : '用法：huahe seed --demo');
    }
    await withDatabase(io, async (database) => {
      const bar = progressBar(io, io.lang === 'en' ? 'demo data' : '演示数据');
      await seedDemo(database.db, systemClock, bar.update);
      bar.finish();
    });
    io.stdout.write(io.lang === 'en' ? 'demo data loaded\n' : '演示数据已载入\n');
    return EXIT.ok;
  },
};
export default seed;
