import { ConfigError } from '@huahe/api/config';
import { startServer } from '@huahe/api/main';
import { DataDirLockedError } from '@huahe/db';
import { EXIT, type Command } from '../io';

const serve: Command = {
  name: 'serve',
  summary: { 'zh-CN': '启动平台（API 与网页）', en: 'Serve the platform (API and web app)' },
  usage: 'serve',
  async run(argv, io) {
    if (argv.length > 0) {
      io.stderr.write(
        (io.lang === 'en'
          ? 'serve takes no arguments; use HOST, PORT, HUAHE_DATA_DIR, DATABASE_URL'
          : 'serve 不接受参数；请用环境变量 HOST、PORT、HUAHE_DATA_DIR、DATABASE_URL') + '\n',
      );
      return EXIT.usage;
    }
    let server: Awaited<ReturnType<typeof startServer>>;
    try {
      server = await startServer(io.env, io.stdout);
    } catch (err) {
      if (err instanceof ConfigError) {
        io.stderr.write(err.message + '\n');
        return EXIT.usage;
      }
      if (err instanceof DataDirLockedError) {
        io.stderr.write(err.message + '\n');
        return EXIT.negative;
      }
      throw err;
    }
    // Runs until SIGINT/SIGTERM, then finishes in-flight requests and closes the database.
    await new Promise<void>((resolve) => {
      const stop = () => {
        process.off('SIGINT', stop);
        process.off('SIGTERM', stop);
        io.stdout.write(io.lang === 'en' ? 'Shutting down…\n' : '正在停止…\n');
        void server.close().then(resolve);
      };
      process.on('SIGINT', stop);
      process.on('SIGTERM', stop);
    });
    return EXIT.ok;
  },
};
export default serve;
