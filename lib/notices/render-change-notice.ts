import { PDFDocument, StandardFonts, rgb, type PDFFont, type PDFPage } from "pdf-lib";
import type { ChangeNoticeText } from "./change-notice-text";

const A4: [number, number] = [595.28, 841.89];
const LEFT = 70;
const RIGHT = A4[0] - 56;
const WIDTH = RIGHT - LEFT;
const GREY = rgb(0.35, 0.38, 0.45);

/**
 * One A4 letter (DIN 5008-like layout: letterhead, recipient window, place/date, subject, body,
 * greeting). Standard PDF fonts only (WinAnsi): characters they cannot encode become "?" instead of failing.
 */
export async function renderChangeNotice(text: ChangeNoticeText, meta: { title: string; author: string }): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  const regular = await pdf.embedFont(StandardFonts.Helvetica);
  const bold = await pdf.embedFont(StandardFonts.HelveticaBold);
  pdf.setTitle(safe(regular, meta.title));
  pdf.setAuthor(safe(regular, meta.author));
  // The broker's letter: document properties name the broker, never the platform (white label).
  pdf.setCreator(safe(regular, meta.author));
  pdf.setProducer(safe(regular, meta.author));
  let page = pdf.addPage(A4);
  let y = A4[1] - 56;

  const line = (value: string, opts: { font?: PDFFont; size?: number; color?: ReturnType<typeof rgb>; x?: number } = {}) => {
    const font = opts.font ?? regular;
    const size = opts.size ?? 10.5;
    if (y < 70) {
      page = pdf.addPage(A4);
      y = A4[1] - 70;
    }
    page.drawText(safe(font, value), { x: opts.x ?? LEFT, y, size, font, color: opts.color ?? rgb(0, 0, 0) });
    y -= size * 1.45;
  };
  const paragraph = (value: string, font: PDFFont = regular, size = 10.5) => {
    for (const l of wrap(safe(font, value), font, size, WIDTH)) line(l, { font, size });
    y -= 6;
  };

  // letterhead
  const [name, ...rest] = text.letterhead;
  if (name) line(name, { font: bold, size: 14 });
  for (const l of rest) line(l, { size: 8.5, color: GREY });
  drawRule(page, y + 4);
  y -= 40;

  // recipient window
  for (const l of text.recipient) line(l, { font: bold, size: 11 });
  y -= 30;
  const placeDate = safe(regular, text.placeDate);
  page.drawText(placeDate, { x: RIGHT - regular.widthOfTextAtSize(placeDate, 10.5), y, size: 10.5, font: regular });
  y -= 30;

  paragraph(text.subject, bold, 12);
  for (const r of text.reference) {
    const label = safe(regular, `${r.label}:`);
    page.drawText(label, { x: LEFT, y, size: 10, font: regular, color: GREY });
    const lines = wrap(safe(bold, r.value), bold, 10, WIDTH - 150);
    for (const l of lines) line(l, { font: bold, size: 10, x: LEFT + 150 });
  }
  y -= 14;

  paragraph(text.salutation);
  for (const p of text.paragraphs) paragraph(p);
  y -= 4;
  for (const block of text.blocks) {
    line(block.label, { font: bold });
    for (const l of block.lines) line(l, { x: LEFT + 14 });
    y -= 8;
  }
  for (const p of text.closingParagraphs) paragraph(p);
  y -= 6;
  line(text.closing);
  y -= 30; // room for a handwritten signature
  line(text.signature, { font: bold });
  return pdf.save();
}

function drawRule(page: PDFPage, y: number) {
  page.drawLine({ start: { x: LEFT, y }, end: { x: RIGHT, y }, thickness: 0.6, color: GREY });
}

const encodable = new Map<string, boolean>();

/** Replaces characters the standard font cannot encode (WinAnsi covers German, French, Italian). */
function safe(font: PDFFont, value: string): string {
  let out = "";
  for (const ch of value.replace(/[\r\n\t]+/g, " ")) {
    let ok = encodable.get(ch);
    if (ok === undefined) {
      try {
        font.encodeText(ch);
        ok = true;
      } catch {
        ok = false;
      }
      encodable.set(ch, ok);
    }
    out += ok ? ch : "?";
  }
  return out;
}

function wrap(value: string, font: PDFFont, size: number, width: number): string[] {
  const lines: string[] = [];
  let current = "";
  for (const word of value.split(/\s+/).filter(Boolean)) {
    const next = current ? `${current} ${word}` : word;
    if (current && font.widthOfTextAtSize(next, size) > width) {
      lines.push(current);
      current = word;
    } else {
      current = next;
    }
  }
  if (current) lines.push(current);
  return lines.length ? lines : [""];
}
