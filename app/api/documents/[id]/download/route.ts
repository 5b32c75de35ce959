import { getTranslations } from "next-intl/server";
import { NextResponse } from "next/server";
import { getRequestContext } from "@/lib/data/context/get-request-context";
import { authorizeDocumentDownload } from "@/lib/data/documents/authorize-document-download";

const NO_STORE = { "Cache-Control": "private, no-store" };

/** Redirects to a 60-second presigned URL after the data layer authorised (and audited) the read. */
export async function GET(req: Request, { params }: { params: Promise<{ id: string }> }) {
  const ctx = await getRequestContext();
  const t = await getTranslations("common.errors");
  if (!ctx) return NextResponse.json({ error: t("signInRequired") }, { status: 401, headers: NO_STORE });
  const { id } = await params;
  const disposition = new URL(req.url).searchParams.get("inline") === "1" ? "inline" : "attachment";
  const result = await authorizeDocumentDownload(ctx, { documentId: id, disposition });
  if (!result) return NextResponse.json({ error: t("documentNotFound") }, { status: 404, headers: NO_STORE });
  return NextResponse.redirect(result.url, { status: 303, headers: NO_STORE });
}
