import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { systemActor } from '@huahe/api/lib/actor';
import { systemClock } from '@huahe/api/lib/clock';
import { exportConsortia } from '@huahe/api/modules/consortia/consortia.excel';
import { exportOrganisations } from '@huahe/api/modules/organisations/organisations.excel';
import { exportPeople } from '@huahe/api/modules/people/people.service';
import { withDatabase } from '../db';
import { EXIT, UsageError, type Command } from '../io';

const kinds = ['organisations', 'consortia', 'people'] as const;

/** `huahe export organisations|consortia|people FILE.xlsx`: the whole list, as the web app exports it. */
const exportCommand: Command = {
  name: 'export',
  summary: {
    'zh-CN': '导出单位、联合体或人员名录为 Excel',
    en: 'Export organisations, consortia or people to Excel',
  },
  usage: 'export organisations|consortia|people FILE.xlsx',
  async run(argv, io) {
    const [what, file] = argv;
    if (!kinds.includes(what as (typeof kinds)[number]) || !file || argv.length !== 2) {
      throw new UsageError(
        io.lang === 'en'
          ? 'usage: huahe export organisations|consortia|people FILE.xlsx'
          : '用法：huahe export organisations|consortia|people FILE.xlsx',
      );
    }
    const bytes = await withDatabase(io, (database) => {
      const ctx = {
        db: database.db,
        actor: systemActor('cli-export'),
        clock: systemClock,
        lang: io.lang,
        requestId: null,
      };
      if (what === 'consortia') return exportConsortia(ctx, {});
      if (what === 'people') return exportPeople(ctx, {});
      return exportOrganisations(ctx, { sort: 'name' });
    });
    const target = resolve(io.cwd, file);
    await writeFile(target, bytes);
    io.stdout.write(`${target}\n`);
    return EXIT.ok;
  },
};
export default exportCommand;
