import { withDatabase } from '../db';
import { EXIT, UsageError, type Command } from '../io';

const migrate: Command = {
  name: 'migrate',
  summary: { 'zh-CN': '执行数据库迁移', en: 'Run the database migrations' },
  usage: 'migrate',
  async run(argv, io) {
    if (argv.length > 0)
      throw new UsageError(io.lang === 'en' ? 'migrate takes no arguments' : 'migrate 不接受参数');
    // Opening the database migrates it.
    const v = await withDatabase(io, (database) => database.migrationVersion());
    io.stdout.write(
      `${io.lang === 'en' ? 'migrated to' : '已迁移到'} ${v.version} (${v.applied}/${v.available})\n`,
    );
    return EXIT.ok;
  },
};
export default migrate;
