import { readFile, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { systemActor } from '@huahe/api/lib/actor';
import { systemClock } from '@huahe/api/lib/clock';
import { AppError } from '@huahe/api/lib/errors';
import {
  importOrganisations,
  organisationImportReport,
} from '@huahe/api/modules/organisations/organisations.excel';
import { withDatabase } from '../db';
import { EXIT, UsageError, type Command } from '../io';

/** `huahe import organisations FILE.xlsx [--report OUT.xlsx]`: all rows or none, as in the web app. */
const importCommand: Command = {
  name: 'import',
  summary: {
    'zh-CN': '从 Excel 导入单位（整表校验，全部导入或全部拒绝）',
    en: 'Import organisations from Excel (all rows or none)',
  },
  usage: 'import organisations FILE.xlsx [--report OUT.xlsx]',
  async run(argv, io) {
    const [what, file, ...rest] = argv;
    const usage =
      io.lang === 'en'
        ? 'usage: huahe import organisations FILE.xlsx [--report OUT.xlsx]'
        : '用法：huahe import organisations FILE.xlsx [--report OUT.xlsx]';
    if (what !== 'organisations' || !file) throw new UsageError(usage);
    let report: string | undefined;
    if (rest.length) {
      if (rest[0] !== '--report' || !rest[1] || rest.length !== 2) throw new UsageError(usage);
      report = resolve(io.cwd, rest[1]);
    }
    let bytes: Buffer;
    try {
      bytes = await readFile(resolve(io.cwd, file));
    } catch (err) {
      throw new UsageError(
        `${io.lang === 'en' ? 'cannot read' : '无法读取'} ${file}: ${(err as NodeJS.ErrnoException).code ?? 'EIO'}`,
      );
    }
    return withDatabase(io, async (database) => {
      const ctx = {
        db: database.db,
        actor: systemActor('cli-import'),
        clock: systemClock,
        lang: io.lang,
        requestId: null,
      };
      try {
        const r = await importOrganisations(ctx, bytes);
        io.stdout.write(
          `${io.lang === 'en' ? 'imported' : '已导入'}\t${r.imported}\t${io.lang === 'en' ? 'created' : '新建'} ${r.created}\t${io.lang === 'en' ? 'updated' : '更新'} ${r.updated}\n`,
        );
        return EXIT.ok;
      } catch (err) {
        if (!(err instanceof AppError) || err.code !== 'validation_failed') throw err;
        for (const d of err.details)
          io.stdout.write(`${d.path}\t${typeof d.message === 'string' ? d.message : d.message[io.lang]}\n`);
        if (report)
          await writeFile(report, await organisationImportReport(ctx, bytes).catch(() => Buffer.alloc(0)));
        const first = err.details[0];
        throw new UsageError(
          `${io.lang === 'en' ? `rejected, nothing imported (${err.details.length} problems)` : `已拒绝，未导入任何数据（${err.details.length} 处问题）`}: ${first?.path ?? ''} ${first ? (typeof first.message === 'string' ? first.message : first.message[io.lang]) : ''}`,
        );
      }
    });
  },
};
export default importCommand;
