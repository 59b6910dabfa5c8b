import { verifyBundle } from '@huahe/api/modules/agreements/bundle';
import { EXIT, readInput, UsageError, type Command } from '../io';

const usage = {
  'zh-CN': '用法：huahe agreement verify BUNDLE [--key 指纹]…',
  en: 'usage: huahe agreement verify BUNDLE [--key FINGERPRINT]…',
};

/** `huahe agreement verify BUNDLE`: checks a downloaded verification bundle offline. */
const agreement: Command = {
  name: 'agreement',
  summary: {
    'zh-CN': '离线校验协议验证包（版本与全部签署）',
    en: 'Verify an agreement bundle (version and signatures) offline',
  },
  usage: 'agreement verify BUNDLE [--key FINGERPRINT]',
  async run(argv, io) {
    const [sub, ...rest] = argv;
    if (sub !== 'verify') throw new UsageError(usage[io.lang]);
    const keys: string[] = [];
    const files: string[] = [];
    for (let i = 0; i < rest.length; i++) {
      const a = rest[i]!;
      if (a === '--key') {
        const k = rest[++i];
        if (!k || !/^[0-9a-f]{64}$/i.test(k))
          throw new UsageError(
            io.lang === 'en'
              ? '--key takes a 64-digit hex SHA-256 fingerprint'
              : '--key 须为 64 位十六进制 SHA-256 指纹',
          );
        keys.push(k.toLowerCase());
      } else if (a.startsWith('-') && a !== '-') {
        throw new UsageError(`${io.lang === 'en' ? 'unknown option' : '未知选项'} ${a}`);
      } else files.push(a);
    }
    if (files.length !== 1) throw new UsageError(usage[io.lang]);
    const text = await readInput(files[0]!, io);
    const result = verifyBundle(text, keys);
    const lang = io.lang === 'en' ? 'en' : 'zh';
    const s = result.summary;
    if (result.ok && s) {
      io.stdout.write(
        (lang === 'en'
          ? `valid\t${s.consortium}\tversion ${s.version}\t${s.signed}/${s.parties} parties signed\t${s.effective ? 'effective' : 'not yet effective'}\tsha256 ${s.digest}`
          : `有效\t${s.consortium}\t第 ${s.version} 版\t${s.signed}/${s.parties} 方已签署\t${s.effective ? '已生效' : '尚未生效'}\tsha256 ${s.digest}`) +
          '\n',
      );
      for (const k of s.keys)
        io.stdout.write(`${lang === 'en' ? 'key' : '密钥'}\t${k.id}\t${k.fingerprint}\n`);
      return EXIT.ok;
    }
    io.stdout.write(`${lang === 'en' ? 'invalid' : '无效'}\n`);
    for (const p of result.problems) io.stdout.write(`\t${p[lang]}\n`);
    io.stderr.write(`${result.problems[0]?.[lang] ?? ''}\n`);
    return EXIT.negative;
  },
};
export default agreement;
