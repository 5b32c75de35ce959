import { getTranslations } from "next-intl/server";
import { NextResponse } from "next/server";
import { AccessDeniedError } from "@/lib/data/context/access-error";
import { getRequestContext } from "@/lib/data/context/get-request-context";
import { isSameOrigin } from "@/lib/http/same-origin";
import { translateMessage } from "@/lib/i18n/translate-message";
import { currentHost } from "@/lib/tenant/current-tenant";
import { receiveDocument } from "./receive-document";

const NO_STORE = { "Cache-Control": "private, no-store" };

/**
 * One file per request (multipart: metadata fields first, then the file), streamed into S3 by the
 * data layer. Answers 201 `{ id }` or a 4xx/503 `{ error }` in the visitor's language.
 */
export async function POST(req: Request, { params }: { params: Promise<{ id: string }> }) {
  // This route skips the middleware (streaming), so it answers unknown and platform hosts itself.
  if ((await currentHost()).kind !== "tenant") return new NextResponse(null, { status: 404, headers: NO_STORE });
  const t = await getTranslations();
  const ctx = await getRequestContext();
  if (!ctx) return NextResponse.json({ error: t("common.errors.signInRequired") }, { status: 401, headers: NO_STORE });
  // fast refusal before the body is read; uploadDocument checks the right (and the customer) again
  if (!isSameOrigin(req) || ctx.actor.kind !== "STAFF" || !ctx.actor.role.rights.importDocuments) {
    return NextResponse.json({ error: t("common.errors.notAllowed") }, { status: 403, headers: NO_STORE });
  }
  const { id } = await params;
  try {
    const result = await receiveDocument(ctx, id, req);
    if (result.ok) return NextResponse.json({ id: result.id }, { status: 201, headers: NO_STORE });
    return NextResponse.json({ error: translateMessage(t, result.error) }, { status: result.status, headers: NO_STORE });
  } catch (error) {
    if (!(error instanceof AccessDeniedError)) throw error;
    return NextResponse.json({ error: t("common.errors.notAllowed") }, { status: 403, headers: NO_STORE });
  }
}
