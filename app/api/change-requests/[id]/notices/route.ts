import { getTranslations } from "next-intl/server";
import { NextResponse } from "next/server";
import { getRequestContext } from "@/lib/data/context/get-request-context";
import { loadChangeNotices } from "@/lib/data/change-requests/load-change-notices";
import { noticeFileName } from "@/lib/notices/change-notice-text";
import { noticeZip } from "@/lib/notices/notice-files";

const NO_STORE = { "Cache-Control": "private, no-store" };

/** Every insurer's change notice in one ZIP, generated on demand. Staff only; 404 otherwise. */
export async function GET(_req: Request, { params }: { params: Promise<{ id: string }> }) {
  const ctx = await getRequestContext();
  const t = await getTranslations("changeRequests.download");
  if (!ctx) return NextResponse.json({ error: t("signIn") }, { status: 401, headers: NO_STORE });
  const { id } = await params;
  const notices = ctx.actor.kind === "STAFF" ? await loadChangeNotices(ctx, { id }) : null;
  const first = notices?.letters[0];
  if (!notices || !first) return NextResponse.json({ error: t("notFound") }, { status: 404, headers: NO_STORE });
  const zip = await noticeZip(notices.letters, notices.locale);
  const fileName = noticeFileName(first.kind, "alle_Versicherer", "zip");
  return new NextResponse(Buffer.from(zip), {
    status: 200,
    headers: {
      ...NO_STORE,
      "Content-Type": "application/zip",
      "Content-Disposition": `attachment; filename="${fileName}"`,
      "X-Content-Type-Options": "nosniff",
    },
  });
}
