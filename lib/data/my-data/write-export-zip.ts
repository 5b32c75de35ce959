import "server-only";
import type { Readable, Writable } from "node:stream";
import { ZipArchive } from "archiver";
import type { DataExport } from "./build-data-export";
import { exportReadme } from "./export-readme";
import { openObjectStream } from "../../storage/get-object-stream";

export type OpenObject = (storageKey: string) => Promise<Readable>;

// Already compressed: stored as they are (saves CPU, deflate would not shrink them).
const STORED = /^(image\/|video\/|audio\/|application\/(pdf|zip|x-zip|gzip|x-7z|vnd\.openxmlformats))/;

/**
 * Streams the export ZIP into `out`: daten.json, LIESMICH.txt and every document under dokumente/.
 * Documents are read from S3 one after another (never more than one open object, never a whole
 * archive in memory). A document that cannot be read is listed in FEHLENDE_DATEIEN.txt instead of
 * failing the whole export; a broken output (download cancelled) stops reading at once.
 */
export async function writeExportZip(
  data: Pick<DataExport, "json" | "files" | "counts" | "exportedAt">,
  out: Writable,
  options: { brokerName: string; openObject?: OpenObject },
): Promise<void> {
  const openObject = options.openObject ?? openObjectStream;
  const archive = new ZipArchive({ zlib: { level: 6 } });
  let processed = 0;
  let waiting: { n: number; resolve: () => void } | null = null;
  archive.on("entry", () => {
    processed++;
    if (waiting && processed >= waiting.n) waiting.resolve();
  });
  const entriesDone = (n: number) =>
    new Promise<void>((resolve) => {
      if (processed >= n) resolve();
      else waiting = { n, resolve };
    });
  let stopReason: unknown = null;
  const stopped = new Promise<never>((_, reject) => {
    const stop = (error: unknown) => {
      stopReason ??= error;
      reject(error);
    };
    archive.on("error", stop);
    archive.on("warning", stop);
    out.on("error", stop);
    out.on("close", () => {
      if (!out.writableFinished) stop(new Error("export output closed before the archive was complete"));
    });
  });
  stopped.catch(() => {}); // observed through Promise.race below

  const date = data.exportedAt;
  let current: Readable | null = null;
  try {
    archive.pipe(out);
    archive.append(`${JSON.stringify(data.json, null, 2)}\n`, { name: "daten.json", date });
    archive.append(exportReadme(data, options.brokerName), { name: "LIESMICH.txt", date });
    let appended = 2;
    const missing: string[] = [];
    for (const file of data.files) {
      try {
        current = await Promise.race([openObject(file.storageKey), stopped]);
      } catch (error) {
        if (stopReason) throw error;
        missing.push(file.path);
        continue;
      }
      archive.append(current, { name: file.path, date, store: STORED.test(file.contentType) });
      appended++;
      await Promise.race([entriesDone(appended), stopped]);
      current = null;
    }
    if (missing.length) {
      archive.append(
        [
          "Diese Dateien konnten beim Erstellen der Datenauskunft nicht gelesen werden. Bitte versuchen Sie es später erneut",
          "oder wenden Sie sich an Ihr Maklerbüro. / These files could not be read; please try again later.",
          "",
          ...missing,
          "",
        ].join("\r\n"),
        { name: "FEHLENDE_DATEIEN.txt", date },
      );
    }
    await Promise.race([archive.finalize(), stopped]);
    await Promise.race([
      new Promise<void>((resolve) => (out.writableFinished ? resolve() : out.once("finish", () => resolve()))),
      stopped,
    ]);
  } catch (error) {
    current?.destroy();
    archive.abort();
    if (!out.destroyed) out.destroy(error instanceof Error ? error : new Error(String(error)));
    throw error;
  }
}
