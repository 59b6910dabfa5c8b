import { createRequire } from 'node:module';
import PDFDocument from 'pdfkit';

const require = createRequire(import.meta.url);
// Noto Sans SC (SIL OFL 1.1), subset into each document: only the glyphs it uses are embedded.
const FONT = {
  regular: require.resolve('@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf'),
  bold: require.resolve('@expo-google-fonts/noto-sans-sc/700Bold/NotoSansSC_700Bold.ttf'),
};

/** A block of a document, in reading order. */
export type Block =
  | { kind: 'title'; text: string; subtitle?: string }
  | { kind: 'heading'; text: string }
  | { kind: 'paragraph'; text: string; indent?: number; muted?: boolean }
  | {
      kind: 'table';
      columns: { header: string; width: number; align?: 'left' | 'right' }[];
      rows: string[][];
    }
  | { kind: 'signatures'; parties: { name: string; lines: string[] }[] }
  | { kind: 'spacer'; height: number };

const MARGIN = 56;

/** Renders blocks to an A4 PDF with an embedded CJK font, a footer line and page numbers. */
export async function renderPdf(
  blocks: Block[],
  meta: { title: string; footer: string; subject?: string; date?: Date },
): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4',
    margins: { top: MARGIN, bottom: MARGIN + 14, left: MARGIN, right: MARGIN },
    bufferPages: true,
    info: {
      Title: meta.title,
      Subject: meta.subject ?? '',
      Producer: 'Huahe (化合)',
      Creator: 'Huahe (化合)',
      CreationDate: meta.date ?? new Date(0),
    },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<void>((resolve) => doc.on('end', () => resolve()));
  doc.registerFont('regular', FONT.regular);
  doc.registerFont('bold', FONT.bold);
  const width = doc.page.width - 2 * MARGIN;
  const bottom = () => doc.page.height - MARGIN - 14;

  for (const b of blocks) {
    switch (b.kind) {
      case 'title':
        doc.font('bold').fontSize(18).fillColor('#1a1a1a').text(b.text, { align: 'center' });
        if (b.subtitle)
          doc
            .moveDown(0.3)
            .font('regular')
            .fontSize(9.5)
            .fillColor('#666666')
            .text(b.subtitle, { align: 'center' });
        doc.moveDown(1);
        break;
      case 'heading':
        doc
          .moveDown(0.4)
          .font('bold')
          .fontSize(12.5)
          .fillColor('#1a1a1a')
          .text(b.text, MARGIN, undefined, { width });
        doc.moveDown(0.2);
        break;
      case 'paragraph':
        doc
          .font('regular')
          .fontSize(10.5)
          .fillColor(b.muted ? '#737373' : '#1a1a1a')
          .text(b.text, MARGIN + (b.indent ?? 0) * 21, undefined, {
            width: width - (b.indent ?? 0) * 21,
            lineGap: 3.5,
          });
        doc.moveDown(0.25);
        break;
      case 'table': {
        const total = b.columns.reduce((a, c) => a + c.width, 0);
        const widths = b.columns.map((c) => (c.width / total) * width);
        const row = (cells: string[], font: 'regular' | 'bold', shade: boolean) => {
          doc.font(font).fontSize(9);
          const h =
            Math.max(...cells.map((c, i) => doc.heightOfString(c || ' ', { width: widths[i]! - 8 }))) + 8;
          if (doc.y + h > bottom()) doc.addPage();
          const top = doc.y;
          if (shade) doc.rect(MARGIN, top, width, h).fill('#eef4ff');
          let x = MARGIN;
          cells.forEach((c, i) => {
            doc
              .fillColor('#1a1a1a')
              .text(c, x + 4, top + 4, { width: widths[i]! - 8, align: b.columns[i]!.align ?? 'left' });
            x += widths[i]!;
          });
          doc
            .moveTo(MARGIN, top + h)
            .lineTo(MARGIN + width, top + h)
            .lineWidth(0.4)
            .strokeColor('#cccccc')
            .stroke();
          doc.x = MARGIN;
          doc.y = top + h;
        };
        row(
          b.columns.map((c) => c.header),
          'bold',
          true,
        );
        for (const r of b.rows) row(r, 'regular', false);
        doc.moveDown(0.8);
        break;
      }
      case 'signatures': {
        const colW = width / 2;
        for (let i = 0; i < b.parties.length; i += 2) {
          const pair = b.parties.slice(i, i + 2);
          const h = Math.max(...pair.map((p) => (p.lines.length + 1) * 15)) + 18;
          if (doc.y + h > bottom()) doc.addPage();
          const top = doc.y;
          pair.forEach((p, j) => {
            const x = MARGIN + j * colW;
            doc
              .font('bold')
              .fontSize(10)
              .fillColor('#1a1a1a')
              .text(p.name, x, top, { width: colW - 12 });
            doc.font('regular').fontSize(9).fillColor('#404040');
            p.lines.forEach((l) => doc.text(l, x, undefined, { width: colW - 12 }));
          });
          doc.x = MARGIN;
          doc.y = top + h;
        }
        break;
      }
      case 'spacer':
        doc.moveDown(b.height / 12);
        break;
    }
  }
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    // Writing below the bottom margin would start a new page: lift the margin for the footer.
    doc.page.margins.bottom = 0;
    doc.font('regular').fontSize(8).fillColor('#808080');
    doc.text(`${meta.footer}    ${i + 1} / ${range.count}`, MARGIN, doc.page.height - MARGIN + 10, {
      width,
      lineBreak: false,
    });
  }
  doc.end();
  await done;
  return Buffer.concat(chunks);
}
