import ExcelJS from 'exceljs';
import type { Lang } from '@huahe/contracts';
import { AppError, type AppErrorDetail } from './errors';

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
export const MAX_IMPORT_ROWS = 5000;

/** A column of an import or export sheet: its key, headers in both languages, and an example. */
export interface Column {
  key: string;
  zh: string;
  en: string;
  required?: boolean;
  example?: string;
  width?: number;
  note?: { 'zh-CN': string; en: string };
}

/** Builds a workbook with one sheet of rows under bilingual headers. */
export async function writeSheet(
  title: string,
  columns: Column[],
  rows: (string | number | boolean | null | undefined)[][],
  lang: Lang,
): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Huahe';
  const ws = wb.addWorksheet(title.slice(0, 31));
  ws.columns = columns.map((c) => ({
    header: lang === 'en' ? c.en : `${c.zh}${c.required ? '*' : ''}`,
    key: c.key,
    width: c.width ?? Math.max(12, Math.min(40, c.zh.length * 2 + 6)),
  }));
  ws.getRow(1).font = { bold: true };
  ws.getRow(1).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE6F4FF' } };
  ws.views = [{ state: 'frozen', ySplit: 1 }];
  for (const r of rows) ws.addRow(r.map((v) => (v === null || v === undefined ? '' : v)));
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** An import template: the header row, one example row, and a sheet explaining every column. */
export async function writeTemplate(title: string, columns: Column[], lang: Lang): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(title.slice(0, 31));
  ws.columns = columns.map((c) => ({
    header: `${c.zh}${c.required ? '*' : ''} (${c.key})`,
    key: c.key,
    width: c.width ?? 22,
  }));
  ws.getRow(1).font = { bold: true };
  ws.addRow(columns.map((c) => c.example ?? ''));
  ws.getRow(2).font = { italic: true, color: { argb: 'FF8C8C8C' } };
  const help = wb.addWorksheet(lang === 'en' ? 'Instructions' : '填写说明');
  help.columns = [
    { header: lang === 'en' ? 'Column' : '列', width: 30 },
    { header: lang === 'en' ? 'Required' : '必填', width: 8 },
    { header: lang === 'en' ? 'How to fill it in' : '填写要求', width: 90 },
  ];
  help.getRow(1).font = { bold: true };
  for (const c of columns) {
    help.addRow([`${c.zh} (${c.key})`, c.required ? '✔' : '', c.note?.[lang] ?? '']);
  }
  help.addRow([]);
  help.addRow([
    lang === 'en'
      ? 'Delete the example row (row 2) or replace it. The whole file is checked first: it is imported completely or not at all.'
      : '请删除或替换第 2 行示例。整个文件先全部校验：要么全部导入，要么一行也不导入。',
  ]);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** One data row of an uploaded sheet, by column key, with its spreadsheet row number. */
export interface SheetRow {
  row: number;
  values: Record<string, string>;
}

function cellText(v: ExcelJS.CellValue): string {
  if (v === null || v === undefined) return '';
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (typeof v === 'object') {
    if ('richText' in v) return v.richText.map((t) => t.text).join('');
    if ('text' in v && typeof v.text === 'string') return v.text;
    if ('result' in v) return cellText(v.result);
    return ''; // errors, hyperlinks without text, shared formulas without a cached result
  }
  return String(v).trim();
}

const invalidFile = (why: { 'zh-CN': string; en: string }) =>
  new AppError('validation_failed', {}, [{ path: 'file', message: why }]);

/**
 * Reads the first sheet: the header row names the columns (by key, Chinese or English header),
 * later rows are data. Unknown or missing required columns and unreadable files are errors.
 */
export async function readSheet(
  buffer: Buffer,
  columns: Column[],
): Promise<{ rows: SheetRow[]; workbook: ExcelJS.Workbook }> {
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(buffer as unknown as ArrayBuffer);
  } catch {
    throw invalidFile({
      'zh-CN': '无法读取该文件：请上传 .xlsx 格式的 Excel 文件',
      en: 'cannot read the file: upload an .xlsx workbook',
    });
  }
  const ws = wb.worksheets[0];
  if (!ws || ws.rowCount < 1)
    throw invalidFile({ 'zh-CN': '文件中没有工作表或表头', en: 'the workbook has no sheet or header row' });
  const header = ws.getRow(1);
  const byIndex = new Map<number, string>();
  const problems: AppErrorDetail[] = [];
  header.eachCell((cell, col) => {
    const raw = cellText(cell.value).replace(/\*/g, '').trim();
    const keyInParens = /\(([A-Za-z]+)\)\s*$/.exec(raw)?.[1];
    const name = raw.replace(/\s*\([^)]*\)\s*$/, '').trim();
    const column = columns.find(
      (c) =>
        c.key === keyInParens || c.key === raw || c.zh === name || c.en.toLowerCase() === name.toLowerCase(),
    );
    if (column) byIndex.set(col, column.key);
    else if (raw)
      problems.push({
        path: `columns[${col}]`,
        message: { 'zh-CN': `无法识别的列“${raw}”`, en: `unknown column "${raw}"` },
      });
  });
  for (const c of columns.filter((c) => c.required)) {
    if (![...byIndex.values()].includes(c.key)) {
      problems.push({
        path: `columns.${c.key}`,
        message: { 'zh-CN': `缺少必填列“${c.zh}”`, en: `missing required column "${c.en}"` },
      });
    }
  }
  if (problems.length) throw new AppError('validation_failed', {}, problems);
  const rows: SheetRow[] = [];
  ws.eachRow({ includeEmpty: false }, (row, n) => {
    if (n === 1) return;
    const values: Record<string, string> = {};
    let any = false;
    for (const [col, key] of byIndex) {
      const text = cellText(row.getCell(col).value);
      values[key] = text;
      if (text) any = true;
    }
    // The template's own example row, left as it was, is not data.
    const untouchedExample = columns.every((c) => (values[c.key] ?? '') === (c.example ?? ''));
    if (any && !untouchedExample) rows.push({ row: n, values });
  });
  if (rows.length === 0) throw invalidFile({ 'zh-CN': '文件中没有数据行', en: 'the file has no data rows' });
  if (rows.length > MAX_IMPORT_ROWS) {
    throw invalidFile({
      'zh-CN': `一次最多导入 ${MAX_IMPORT_ROWS} 行`,
      en: `at most ${MAX_IMPORT_ROWS} rows per import`,
    });
  }
  return { rows, workbook: wb };
}

/** The uploaded workbook annotated with the row errors: an error column and red cells. */
export async function writeErrorReport(
  workbook: ExcelJS.Workbook,
  columns: Column[],
  errors: AppErrorDetail[],
  lang: Lang,
): Promise<Buffer> {
  const ws = workbook.worksheets[0]!;
  const header = ws.getRow(1);
  const colOf = new Map<string, number>();
  header.eachCell((cell, col) => {
    const raw = cellText(cell.value).replace(/\*/g, '').trim();
    const key =
      /\(([A-Za-z]+)\)\s*$/.exec(raw)?.[1] ??
      columns.find((c) => c.zh === raw.replace(/\s*\([^)]*\)\s*$/, '') || c.en === raw || c.key === raw)?.key;
    if (key) colOf.set(key, col);
  });
  const errorCol = header.cellCount + 1;
  header.getCell(errorCol).value = lang === 'en' ? 'Errors' : '错误说明';
  header.getCell(errorCol).font = { bold: true, color: { argb: 'FFCF1322' } };
  ws.getColumn(errorCol).width = 60;
  const byRow = new Map<number, string[]>();
  for (const e of errors) {
    const m = /^rows\[(\d+)\](?:\.(\w+))?/.exec(e.path);
    const text = typeof e.message === 'string' ? e.message : e.message[lang];
    if (!m) continue;
    const rowNo = Number(m[1]);
    byRow.set(rowNo, [...(byRow.get(rowNo) ?? []), m[2] ? `${m[2]}: ${text}` : text]);
    const col = m[2] ? colOf.get(m[2]) : undefined;
    if (col) {
      const cell = ws.getRow(rowNo).getCell(col);
      cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFCCC7' } };
      cell.note = text;
    }
  }
  for (const [rowNo, texts] of byRow) {
    const cell = ws.getRow(rowNo).getCell(errorCol);
    cell.value = texts.join(lang === 'en' ? '; ' : '；');
    cell.font = { color: { argb: 'FFCF1322' } };
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
