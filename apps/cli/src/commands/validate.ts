// `huahe validate uscc CODE…` and `huahe validate cn-patent NUMBER…` (SPEC §6.1, a public interface):
// one line per argument, `CODE<TAB>valid` or `CODE<TAB>invalid<TAB>reason`; exit 0 when all are valid,
// 1 when any is invalid, 2 on bad usage.
import { reasonText, validateCnPatentApplication, validateUscc, type Validation } from '@huahe/contracts';
import { EXIT, UsageError, type Command, type Io } from '../io';

const kinds: Record<string, (code: string) => Validation<unknown>> = {
  uscc: validateUscc,
  'cn-patent': validateCnPatentApplication,
};

const usage = 'validate uscc|cn-patent CODE…';

// An argument holding a tab or a newline would break the one-line-per-argument format.
const shown = (arg: string) =>
  arg.replace(/[\t\r\n]/g, (c) => (c === '\t' ? '\\t' : c === '\n' ? '\\n' : '\\r'));

function usageError(io: Io, zh: string, en: string): UsageError {
  return new UsageError(`${io.lang === 'en' ? en : zh} (${usage})`);
}

const command: Command = {
  name: 'validate',
  summary: {
    'zh-CN': '校验统一社会信用代码或专利申请号',
    en: 'Validate credit codes or patent application numbers',
  },
  usage,
  run(argv: string[], io: Io): Promise<number> {
    const [kind, ...codes] = argv;
    if (kind === '--help' || kind === '-h') {
      io.stdout.write(`huahe ${usage}\n`);
      return Promise.resolve(EXIT.ok);
    }
    if (kind === undefined) throw usageError(io, '缺少要校验的类型', 'missing what to validate');
    const validate = kinds[kind];
    if (!validate) throw usageError(io, `未知类型：${kind}`, `unknown kind: ${kind}`);
    if (codes.length === 0) throw usageError(io, '缺少要校验的代码', 'no codes given');

    let anyInvalid = false;
    const lines = codes.map((code) => {
      const result = validate(code);
      if (result.valid) return `${shown(code)}\tvalid`;
      anyInvalid = true;
      return `${shown(code)}\tinvalid\t${reasonText(result.reason, io.lang)}`;
    });
    io.stdout.write(lines.join('\n') + '\n');
    return Promise.resolve(anyInvalid ? EXIT.negative : EXIT.ok);
  },
};

export default command;
