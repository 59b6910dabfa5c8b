import { generateOpenApi } from '@huahe/api/openapi';
import { EXIT, UsageError, type Command } from '../io';

const openapi: Command = {
  name: 'openapi',
  summary: { 'zh-CN': '输出 OpenAPI 3.1 文档', en: 'Print the OpenAPI 3.1 document' },
  usage: 'openapi',
  async run(argv, io) {
    if (argv.length > 0)
      throw new UsageError(io.lang === 'en' ? 'openapi takes no arguments' : 'openapi 不接受参数');
    io.stdout.write(await generateOpenApi());
    return EXIT.ok;
  },
};
export default openapi;
