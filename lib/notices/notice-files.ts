import { PassThrough } from "node:stream";
import { ZipArchive } from "archiver";
import type { AppLocale } from "../i18n/locales";
import { buildChangeNoticeText, noticeFileName, type ChangeNoticeData } from "./change-notice-text";
import { renderChangeNotice } from "./render-change-notice";

export type NoticeFile = { fileName: string; bytes: Uint8Array };

/** One letter as a PDF file, named after the change and the insurer. */
export async function noticePdf(data: ChangeNoticeData, locale: AppLocale): Promise<NoticeFile> {
  const text = buildChangeNoticeText(data, locale);
  const bytes = await renderChangeNotice(text, { title: `${text.subject} – ${data.insurer.name}`, author: data.broker.name });
  return { fileName: noticeFileName(data.kind, data.insurer.name), bytes };
}

/** All letters of one change in a ZIP (a handful of small PDFs: built in memory, stored uncompressed). */
export async function noticeZip(letters: ChangeNoticeData[], locale: AppLocale): Promise<Uint8Array> {
  const archive = new ZipArchive({ zlib: { level: 0 } });
  const sink = new PassThrough();
  const chunks: Buffer[] = [];
  sink.on("data", (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<void>((resolve, reject) => {
    sink.on("end", resolve);
    archive.on("error", reject);
    archive.on("warning", reject);
  });
  archive.pipe(sink);
  const used = new Set<string>();
  for (const letter of letters) {
    const file = await noticePdf(letter, locale);
    let name = file.fileName;
    for (let n = 2; used.has(name); n++) name = file.fileName.replace(/\.pdf$/, `_${n}.pdf`);
    used.add(name);
    archive.append(Buffer.from(file.bytes), { name, date: letter.date, store: true });
  }
  await archive.finalize();
  await done;
  return new Uint8Array(Buffer.concat(chunks));
}
