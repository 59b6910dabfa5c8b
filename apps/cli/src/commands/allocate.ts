// `huahe allocate FILE|-`: SPEC §6.2. One JSON problem in, one JSON answer out; exit 2 with a
// one-line reason on bad input. Numbers are read exactly (0.1 is 1/10), never through a float.
import { solveAllocationJson } from '@huahe/distribution';
import { EXIT, readInput, UsageError, type Command } from '../io';

const allocate: Command = {
  name: 'allocate',
  summary: {
    'zh-CN': '按 Shapley、核仁、塔木德等方法精确分配收益(SPEC §6.2)',
    en: 'allocate a value exactly by Shapley, nucleolus, Talmud and other rules (SPEC §6.2)',
  },
  usage: 'allocate FILE|-',
  async run(argv, io) {
    if (argv.length !== 1 || argv[0] === '') {
      throw new UsageError(io.lang === 'en' ? 'usage: huahe allocate FILE|-' : '用法:huahe allocate FILE|-');
    }
    const text = await readInput(argv[0]!, io);
    const result = solveAllocationJson(text, io.lang);
    if (!result.ok) throw new UsageError(result.reason);
    io.stdout.write(result.json);
    return EXIT.ok;
  },
};

export default allocate;
