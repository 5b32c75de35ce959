import { getTranslations } from "next-intl/server";
import { NextResponse } from "next/server";
import { AccessDeniedError } from "@/lib/data/context/access-error";
import { getRequestContext } from "@/lib/data/context/get-request-context";
import { INBOX_PAGE_SIZE, inboxFilter } from "@/lib/data/documents/load-document-inbox";
import { listVisibleDocuments } from "@/lib/data/documents/list-visible-documents";
import { isSameOrigin } from "@/lib/http/same-origin";
import { translateMessage } from "@/lib/i18n/translate-message";
import { currentHost } from "@/lib/tenant/current-tenant";
import { receiveOwnDocument } from "./receive-own-document";

const NO_STORE = { "Cache-Control": "private, no-store" };

/**
 * A customer's own upload into their folder: one file per request (multipart: the fields title,
 * category and optionally contractId or claimId first, then the file), streamed into S3 by the data
 * layer. Answers 201 `{ id }` or a 4xx/503 `{ error }` in the visitor's language.
 */
export async function POST(req: Request) {
  // This route skips the middleware (streaming), so it answers unknown and platform hosts itself.
  if ((await currentHost()).kind !== "tenant") return new NextResponse(null, { status: 404, headers: NO_STORE });
  const t = await getTranslations();
  const ctx = await getRequestContext();
  if (!ctx) return NextResponse.json({ error: t("common.errors.signInRequired") }, { status: 401, headers: NO_STORE });
  // fast refusals before the body is read; uploadOwnDocument checks everything again
  if (!isSameOrigin(req) || ctx.actor.kind !== "CUSTOMER") {
    return NextResponse.json({ error: t("common.errors.notAllowed") }, { status: 403, headers: NO_STORE });
  }
  if (ctx.actor.folderReadOnly) {
    return NextResponse.json({ error: t("inbox.errors.readOnlyFolder") }, { status: 403, headers: NO_STORE });
  }
  try {
    const result = await receiveOwnDocument(ctx, req);
    if (result.ok) return NextResponse.json({ id: result.id }, { status: 201, headers: NO_STORE });
    return NextResponse.json({ error: translateMessage(t, result.error) }, { status: result.status, headers: NO_STORE });
  } catch (error) {
    if (!(error instanceof AccessDeniedError)) throw error;
    return NextResponse.json({ error: t("common.errors.notAllowed") }, { status: 403, headers: NO_STORE });
  }
}

/**
 * The next page of the customer's inbox for "Weitere laden" (same filters as the page's GET
 * parameters). Listing goes through listVisibleDocuments, so it shows exactly what the page shows.
 */
export async function GET(req: Request) {
  if ((await currentHost()).kind !== "tenant") return new NextResponse(null, { status: 404, headers: NO_STORE });
  const t = await getTranslations();
  const ctx = await getRequestContext();
  if (!ctx) return NextResponse.json({ error: t("common.errors.signInRequired") }, { status: 401, headers: NO_STORE });
  if (ctx.actor.kind !== "CUSTOMER") {
    return NextResponse.json({ error: t("common.errors.notAllowed") }, { status: 403, headers: NO_STORE });
  }
  const filter = inboxFilter.parse(Object.fromEntries(new URL(req.url).searchParams));
  const page = await listVisibleDocuments(ctx, {
    contractId: filter.contract,
    category: filter.category,
    cursor: filter.cursor,
    take: INBOX_PAGE_SIZE,
  });
  return NextResponse.json(page, { headers: NO_STORE });
}
