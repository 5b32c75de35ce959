import { getTranslations } from "next-intl/server";
import { NextResponse } from "next/server";
import { getRequestContext } from "@/lib/data/context/get-request-context";
import type { RequestContext } from "@/lib/data/context/types";
import type { UploadRefusal } from "@/lib/documents/inspect-upload";
import { isSameOrigin } from "@/lib/http/same-origin";
import type { Msg } from "@/lib/i18n/message-key";
import { translateMessage } from "@/lib/i18n/translate-message";
import { currentHost } from "@/lib/tenant/current-tenant";

// Shared by POST /api/tickets and POST /api/tickets/<id>/messages (not a route: Next only serves route.ts).

export const NO_STORE = { "Cache-Control": "private, no-store" };

/** Turns a catalog key (or key with values) into the visitor's language. */
export type Translate = (message: Msg) => string;

/** A data-layer refusal (bad input, rate limit, closed ticket …) or a refused upload. */
type Refusal = UploadRefusal | { ok: false; error: Msg; fieldErrors?: Record<string, Msg> };

// The data layer's rate-limit refusals (lib/i18n/messages/de/tickets.json "errors"): 429, so clients may retry later.
const RATE_LIMITED = new Set(["tickets.errors.dailyLimit", "tickets.errors.hourlyLimit"]);

/**
 * The checks the middleware would have made (these routes skip it so the body can stream): tenant
 * host only, a session, and our own origin. Answers the refusal, or the actor and a translator.
 */
export async function openTicketRequest(
  req: Request,
): Promise<{ ok: true; ctx: RequestContext; t: Translate } | { ok: false; response: NextResponse }> {
  if ((await currentHost()).kind !== "tenant") {
    return { ok: false, response: new NextResponse(null, { status: 404, headers: NO_STORE }) };
  }
  const translator = await getTranslations();
  const t: Translate = (message) => translateMessage(translator, message);
  const ctx = await getRequestContext();
  if (!ctx) return { ok: false, response: answer({ error: t("common.errors.signInRequired") }, 401) };
  if (!isSameOrigin(req)) return { ok: false, response: answer({ error: t("common.errors.notAllowed") }, 403) };
  return { ok: true, ctx, t };
}

export function answer(body: Record<string, unknown>, status: number): NextResponse {
  return NextResponse.json(body, { status, headers: NO_STORE });
}

/** `{ error, fieldErrors? }` in the visitor's language, with the status the refusal calls for. */
export function refusalResponse(t: Translate, refusal: Refusal): NextResponse {
  const key = typeof refusal.error === "string" ? refusal.error : refusal.error.key;
  const status = "status" in refusal ? refusal.status : RATE_LIMITED.has(key) ? 429 : 400;
  const fieldErrors =
    "fieldErrors" in refusal && refusal.fieldErrors
      ? Object.fromEntries(Object.entries(refusal.fieldErrors).map(([field, message]) => [field, t(message)]))
      : undefined;
  return answer({ error: t(refusal.error), ...(fieldErrors ? { fieldErrors } : {}) }, status);
}
