import { PDFDocument, StandardFonts, rgb } from "pdf-lib";
import type { PdfSpec } from "./seed-plan";

/** A small, real one-page PDF (A4) so the viewer and downloads have something to show. */
export async function renderDemoPdf(brokerName: string, spec: PdfSpec): Promise<Buffer> {
  const pdf = await PDFDocument.create();
  pdf.setTitle(spec.heading);
  pdf.setAuthor(brokerName);
  pdf.setCreator("Maklerportal Demo");
  // Fixed dates keep the bytes (and the sha256) of a document stable across seed runs.
  pdf.setCreationDate(new Date(Date.UTC(2026, 0, 1)));
  pdf.setModificationDate(new Date(Date.UTC(2026, 0, 1)));
  const page = pdf.addPage([595.28, 841.89]);
  const regular = await pdf.embedFont(StandardFonts.Helvetica);
  const bold = await pdf.embedFont(StandardFonts.HelveticaBold);
  const grey = rgb(0.35, 0.38, 0.45);

  let y = 790;
  page.drawText(brokerName, { x: 56, y, size: 10, font: bold, color: grey });
  y -= 14;
  page.drawText("Musterdokument – erzeugt für die Demo des Maklerportals", { x: 56, y, size: 8, font: regular, color: grey });
  y -= 48;
  page.drawText(spec.heading, { x: 56, y, size: 20, font: bold });
  y -= 36;

  for (const [label, value] of spec.fields) {
    page.drawText(label, { x: 56, y, size: 10, font: regular, color: grey });
    // Long values (company addresses) shrink to fit the right margin instead of running off the page.
    let size = 11;
    while (size > 7 && bold.widthOfTextAtSize(value, size) > 595.28 - 230 - 48) size -= 0.5;
    page.drawText(value, { x: 230, y, size, font: bold });
    y -= 20;
  }
  y -= 16;
  for (const paragraph of spec.paragraphs ?? []) {
    for (const line of wrap(paragraph, 92)) {
      page.drawText(line, { x: 56, y, size: 10, font: regular });
      y -= 14;
    }
    y -= 8;
  }
  page.drawText("Dieses Dokument ist ein Beispiel ohne rechtliche Wirkung.", {
    x: 56,
    y: 56,
    size: 8,
    font: regular,
    color: grey,
  });
  return Buffer.from(await pdf.save());
}

function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let current = "";
  for (const word of text.split(/\s+/)) {
    if (current && current.length + word.length + 1 > width) {
      lines.push(current);
      current = word;
    } else {
      current = current ? `${current} ${word}` : word;
    }
  }
  if (current) lines.push(current);
  return lines;
}
