import { verifyAuditChain } from '@huahe/api/lib/audit';
import { withDatabase } from '../db';
import { EXIT, UsageError, type Command } from '../io';
import { progressBar } from '../progress';

const audit: Command = {
  name: 'audit',
  summary: {
    'zh-CN': '校验审计哈希链，指出第一个断裂处',
    en: 'Verify the audit hash chain; name the first broken link',
  },
  usage: 'audit verify',
  async run(argv, io) {
    if (argv.length !== 1 || argv[0] !== 'verify')
      throw new UsageError(io.lang === 'en' ? 'usage: huahe audit verify' : '用法：huahe audit verify');
    const result = await withDatabase(io, async (database) => {
      const bar = progressBar(io, io.lang === 'en' ? 'verifying' : '校验中');
      const r = await verifyAuditChain(database.db, bar.update);
      bar.finish();
      return r;
    });
    if (result.ok) {
      io.stdout.write(`ok\t${result.events} events\thead ${result.headHash ?? '-'}\n`);
      return EXIT.ok;
    }
    const b = result.firstBroken!;
    io.stdout.write(`broken\tevent ${b.seq}\t${b.reason}\n`);
    io.stderr.write(
      (io.lang === 'en'
        ? `audit chain broken at event ${b.seq}: ${b.reason}`
        : `审计链在第 ${b.seq} 条事件处断裂：${b.reason}`) + '\n',
    );
    return EXIT.negative;
  },
};
export default audit;
