import { NextResponse } from "next/server";
import { AccessDeniedError } from "@/lib/data/context/access-error";
import { getRequestContext } from "@/lib/data/context/get-request-context";
import { previewImport } from "@/lib/data/import/preview-import";
import { runImport } from "@/lib/data/import/run-import";
import type { ImportOutcome } from "@/lib/import/import-result";
import { MAX_IMPORT_BYTES } from "@/lib/import/limits";
import type { Msg } from "@/lib/i18n/message-key";
import type { ImportRequest } from "@/lib/validation/import";
import { hostFromHeaders, normalizeHost } from "@/lib/tenant/normalize-host";

const NO_STORE = { "Cache-Control": "private, no-store" };
// room for the form fields (kind, source, mapping JSON) and the multipart boundaries
const MAX_BODY_BYTES = MAX_IMPORT_BYTES + 256 * 1024;

const refuse = (error: Msg, status: number) =>
  NextResponse.json({ ok: false, error } satisfies ImportOutcome<never>, { status, headers: NO_STORE });

/**
 * POST multipart/form-data: file, kind, source, mapping (JSON, optional), step = preview | run.
 * A route handler rather than a server action: actions cap bodies at 1 MB, a broker's export is
 * bigger. The browser keeps the File and sends it again for the run, so nothing is stored between
 * the steps. Answers ImportOutcome JSON; messages are catalog keys the page translates.
 */
export async function POST(req: Request) {
  // Same-origin only: the session cookie is SameSite=Lax, but another tenant's subdomain is "same site".
  const origin = req.headers.get("origin");
  const host = hostFromHeaders((name) => req.headers.get(name));
  if (!origin || !host || normalizeHost(URL.canParse(origin) ? new URL(origin).host : null) !== host) {
    return refuse("common.errors.notAllowed", 403);
  }
  const ctx = await getRequestContext();
  if (!ctx) return refuse("common.errors.sessionExpired", 401);
  // Refuse before parsing anything: only staff who may edit customers import, and only declared sizes.
  if (ctx.actor.kind !== "STAFF" || !ctx.actor.role.rights.editCustomers) return refuse("common.errors.notAllowed", 403);
  const declared = Number(req.headers.get("content-length") ?? NaN);
  if (!Number.isFinite(declared)) return refuse("import.errors.uploadFailed", 411);
  if (declared > MAX_BODY_BYTES) {
    return refuse({ key: "import.errors.fileTooLarge", values: { maxMb: MAX_IMPORT_BYTES / 1_000_000 } }, 413);
  }

  let form: FormData;
  try {
    form = await req.formData();
  } catch {
    return refuse("import.errors.uploadFailed", 400);
  }
  const file = form.get("file");
  if (!(file instanceof File)) return refuse("import.errors.fileMissing", 400);
  if (file.size > MAX_IMPORT_BYTES) {
    return refuse({ key: "import.errors.fileTooLarge", values: { maxMb: MAX_IMPORT_BYTES / 1_000_000 } }, 413);
  }
  let mapping: unknown = null;
  const rawMapping = form.get("mapping");
  if (typeof rawMapping === "string" && rawMapping !== "") {
    try {
      mapping = JSON.parse(rawMapping);
    } catch {
      return refuse("import.errors.mappingInvalid", 400);
    }
  }
  // checked by the data layer's zod schema (importRequest); typed loosely here on purpose
  const input = { kind: String(form.get("kind") ?? ""), source: String(form.get("source") ?? ""), mapping } as ImportRequest;
  const bytes = new Uint8Array(await file.arrayBuffer());

  try {
    const outcome = form.get("step") === "run" ? await runImport(ctx, bytes, input) : await previewImport(ctx, bytes, input);
    return NextResponse.json(outcome, { status: outcome.ok ? 200 : 422, headers: NO_STORE });
  } catch (error) {
    if (error instanceof AccessDeniedError) return refuse("common.errors.notAllowed", 403);
    throw error;
  }
}
