import { PassThrough, Readable } from "node:stream";
import { getFormatter, getTranslations } from "next-intl/server";
import { NextResponse } from "next/server";
import { isForeignNavigation } from "@/lib/http/same-origin";
import { now } from "@/lib/clock";
import { getRequestContext } from "@/lib/data/context/get-request-context";
import { buildDataExport } from "@/lib/data/my-data/build-data-export";
import { exportFileName } from "@/lib/data/my-data/export-file-name";
import { nextExportAllowedAt, recordDataExport } from "@/lib/data/my-data/export-rate-limit";
import { writeExportZip } from "@/lib/data/my-data/write-export-zip";

export const dynamic = "force-dynamic";

const NO_STORE = { "Cache-Control": "private, no-store" };
const MY_DATA = "/portal/my-data";

// Relative Location: the browser stays on the tenant's host (req.url may name the server's own host).
const seeOther = (location: string) => new Response(null, { status: 303, headers: { ...NO_STORE, Location: location } });

/**
 * GET /api/portal/export — "Meine Daten" as a ZIP (daten.json, LIESMICH.txt, dokumente/…), streamed.
 * Customers only, own folder only, once per account and 5 minutes (HTTP 429 with Retry-After).
 * A browser navigation that is refused goes back to the page, which explains why; other clients get JSON.
 */
export async function GET(req: Request) {
  const ctx = await getRequestContext();
  const browser = req.headers.get("accept")?.includes("text/html") ?? false;
  const t = await getTranslations("myData.export.errors");
  const refuse = (status: number, error: string, headers: Record<string, string> = {}) =>
    browser
      ? seeOther(`${MY_DATA}?export=refused#datenauskunft`)
      : NextResponse.json({ error }, { status, headers: { ...NO_STORE, ...headers } });

  if (!ctx) {
    if (browser) return seeOther(`/login?callbackUrl=${encodeURIComponent(MY_DATA)}`);
    const common = await getTranslations("common.errors");
    return NextResponse.json({ error: common("signInRequired") }, { status: 401, headers: NO_STORE });
  }
  if (ctx.actor.kind !== "CUSTOMER") return NextResponse.json({ error: t("customersOnly") }, { status: 403, headers: NO_STORE });
  // a link on another site must not spend the customer's export allowance (nor start a download)
  if (isForeignNavigation(req)) {
    if (browser) return seeOther(MY_DATA);
    const common = await getTranslations("common.errors");
    return NextResponse.json({ error: common("notAllowed") }, { status: 403, headers: NO_STORE });
  }
  if (ctx.actor.folderReadOnly) return refuse(409, t("foreignFolder"));

  const tooSoon = async (retryAt: Date) => {
    const format = await getFormatter();
    const seconds = Math.max(1, Math.ceil((retryAt.getTime() - now().getTime()) / 1000));
    return refuse(429, t("rateLimited", { time: format.dateTime(retryAt, { timeStyle: "short" }) }), {
      "Retry-After": String(seconds),
    });
  };
  const retryAt = await nextExportAllowedAt(ctx);
  if (retryAt) return tooSoon(retryAt);

  const data = await buildDataExport(ctx);
  // recorded (and re-checked under a lock) before the first byte leaves: parallel requests cannot both pass
  const recorded = await recordDataExport(ctx, data.counts);
  if (!recorded.ok) return tooSoon(recorded.retryAt);

  const body = new PassThrough();
  writeExportZip(data, body, { brokerName: ctx.tenant.name }).catch((error: unknown) => {
    // the download breaks off (the browser reports a failed download); the user may retry after the interval
    console.error("data export failed", error instanceof Error ? error.message : error);
  });
  return new Response(Readable.toWeb(body) as ReadableStream<Uint8Array>, {
    headers: {
      ...NO_STORE,
      "Content-Type": "application/zip",
      "Content-Disposition": `attachment; filename="${exportFileName(data.customerNumber, data.exportedAt, ctx.tenant.locale)}"`,
      "X-Content-Type-Options": "nosniff",
    },
  });
}
