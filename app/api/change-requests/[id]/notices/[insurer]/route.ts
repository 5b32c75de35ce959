import { getTranslations } from "next-intl/server";
import { NextResponse } from "next/server";
import { getRequestContext } from "@/lib/data/context/get-request-context";
import { loadChangeNotices } from "@/lib/data/change-requests/load-change-notices";
import { noticePdf } from "@/lib/notices/notice-files";

const NO_STORE = { "Cache-Control": "private, no-store" };

/** One insurer's change notice as a PDF, generated on demand (never stored). Staff only; 404 otherwise. */
export async function GET(_req: Request, { params }: { params: Promise<{ id: string; insurer: string }> }) {
  const ctx = await getRequestContext();
  const t = await getTranslations("changeRequests.download");
  if (!ctx) return NextResponse.json({ error: t("signIn") }, { status: 401, headers: NO_STORE });
  const { id, insurer } = await params;
  const notices = ctx.actor.kind === "STAFF" ? await loadChangeNotices(ctx, { id, insurer }) : null;
  const letter = notices?.letters[0];
  if (!notices || !letter) return NextResponse.json({ error: t("notFound") }, { status: 404, headers: NO_STORE });
  const file = await noticePdf(letter, notices.locale);
  return new NextResponse(Buffer.from(file.bytes), {
    status: 200,
    headers: {
      ...NO_STORE,
      "Content-Type": "application/pdf",
      "Content-Disposition": `attachment; filename="${file.fileName}"`,
      "X-Content-Type-Options": "nosniff",
    },
  });
}
