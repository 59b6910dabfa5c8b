import { commands } from './commands/index';
import { detectLang, EXIT, UsageError, type Io } from './io';

function defaultIo(): Io {
  return {
    stdout: process.stdout,
    stderr: process.stderr,
    stdin: process.stdin,
    lang: detectLang(process.env),
    env: process.env,
    cwd: process.cwd(),
  };
}

async function help(io: Io): Promise<void> {
  const lines = [io.lang === 'en' ? 'Usage: huahe <command> [options]' : '用法：huahe <命令> [选项]', ''];
  for (const load of Object.values(commands)) {
    const cmd = await load();
    lines.push(`  ${cmd.usage.padEnd(52)} ${cmd.summary[io.lang]}`);
  }
  io.stdout.write(lines.join('\n') + '\n');
}

/** Runs `huahe` with its arguments and returns the exit code (SPEC §6). */
export async function main(argv: string[], io: Io = defaultIo()): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    await help(io);
    return name === undefined ? EXIT.usage : EXIT.ok;
  }
  const load = commands[name];
  if (!load) {
    io.stderr.write(
      (io.lang === 'en'
        ? `unknown command: ${name} (try huahe --help)`
        : `未知命令：${name}（见 huahe --help)`) + '\n',
    );
    return EXIT.usage;
  }
  try {
    const cmd = await load();
    return await cmd.run(rest, io);
  } catch (err) {
    if (err instanceof UsageError) {
      io.stderr.write(err.message.split('\n')[0] + '\n');
      return EXIT.usage;
    }
    throw err;
  }
}
