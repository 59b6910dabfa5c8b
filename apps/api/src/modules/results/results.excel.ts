import {
  RESULT_STATUS_LABELS,
  RESULT_TYPE_LABELS,
  type ResultStatus,
  type ResultType,
} from '@huahe/contracts';
import type { ServiceContext } from '../../lib/context';
import { writeSheet, type Column } from '../../lib/xlsx';
import { readableConsortium, resultVisibility } from './results.access';
import { ownerName } from './results.mapper';
import * as repo from './results.repository';

const CONFIDENTIALITY = {
  public: { 'zh-CN': '公开', en: 'public' },
  consortium: { 'zh-CN': '联合体内部', en: 'consortium' },
  confidential: { 'zh-CN': '保密', en: 'confidential' },
} as const;

const columns: Column[] = [
  { key: 'title', zh: '成果名称', en: 'Title', width: 40 },
  { key: 'type', zh: '类型', en: 'Type', width: 16 },
  { key: 'identifier', zh: '申请号/登记号/标准号', en: 'Identifier', width: 24 },
  { key: 'status', zh: '状态', en: 'Status' },
  { key: 'trl', zh: '技术成熟度', en: 'TRL' },
  { key: 'confidentiality', zh: '密级', en: 'Confidentiality' },
  { key: 'owners', zh: '权利人及份额', en: 'Owners and shares', width: 40 },
  { key: 'achievedOn', zh: '取得日期', en: 'Achieved on' },
  { key: 'isExample', zh: '示例数据', en: 'Example data' },
];

/** The filtered result list (as far as the caller may see it) as an Excel file. */
export async function exportResults(
  ctx: ServiceContext,
  consortiumId: string,
  q: repo.ResultFilter,
): Promise<Buffer> {
  const c = await readableConsortium(ctx, consortiumId);
  const { rows } = await repo.listResults(ctx.db, c.id, q, resultVisibility(ctx, c));
  const owners = await repo.ownersOf(
    ctx.db,
    rows.map((r) => r.id),
  );
  const lang = ctx.lang;
  const typeLabel = (t: string) => {
    const l = RESULT_TYPE_LABELS[t as ResultType];
    return l ? (lang === 'en' ? l.en : l.zh) : t;
  };
  return writeSheet(
    lang === 'en' ? 'Results' : '成果',
    columns,
    rows.map((r) => [
      r.title,
      typeLabel(r.type),
      r.identifier,
      RESULT_STATUS_LABELS[r.status as ResultStatus]?.[lang] ?? r.status,
      r.trl,
      CONFIDENTIALITY[r.confidentiality as keyof typeof CONFIDENTIALITY]?.[lang] ?? r.confidentiality,
      owners
        .filter((o) => o.resultId === r.id)
        .map((o) => `${ownerName(o, lang)} ${o.share}`)
        .join(lang === 'en' ? '; ' : '；'),
      r.achievedOn,
      r.isExample ? (lang === 'en' ? 'yes' : '是') : '',
    ]),
    lang,
  );
}
