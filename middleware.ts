import { NextResponse, type NextRequest } from "next/server";
import { readSessionClaims } from "@/lib/auth/read-session-claims";
import { refreshSessionToken } from "@/lib/auth/refresh-session-token";
import type { SessionClaims } from "@/lib/auth/session-claims";
import { isSessionAlive } from "@/lib/auth/session-lifetime";
import { serverEnv } from "@/lib/env";
import { sessionCookieName } from "@/lib/auth/session-cookie";
import { contentSecurityPolicy, createNonce } from "@/lib/http/content-security-policy";
import { platformCookieOptions, platformSessionCookieName } from "@/lib/platform/auth/platform-cookies";
import { refreshPlatformSession } from "@/lib/platform/auth/platform-session";
import { hostFromHeaders } from "@/lib/tenant/normalize-host";
import { resolveHost } from "@/lib/tenant/resolve-tenant";
import { suspendedPage } from "@/lib/platform/suspended-page";

// Node runtime: the tenant lookup uses the database. This file only routes and redirects;
// every page and data function authorises again (a middleware bypass must expose nothing).
export const config = {
  runtime: "nodejs",
  // Uploads skip the middleware: Next buffers a matched request's body (and cuts it at 10 MB) before
  // the route runs; the upload routes (broker: api/customers/<id>/documents, customer:
  // api/portal/documents, both: api/tickets and api/tickets/<id>/messages with attachments) resolve
  // tenant and session and check the origin themselves, and stream into S3.
  matcher: [
    "/((?!_next/static|_next/image|favicon.ico|robots.txt|api/customers/[^/]+/documents$|api/portal/documents$|api/tickets$|api/tickets/[^/]+/messages$).*)",
  ],
};

const STAFF_AREA = /^\/broker(\/|$)/;
const CUSTOMER_AREA = /^\/portal(\/|$)/;
// The operator area lives on the root domain only; on a tenant's host it does not exist.
const PLATFORM_ONLY = /^\/(admin|api\/platform)(\/|$)/;
const TENANT_ONLY =
  /^\/(broker|portal|login|register|forgot-password|reset-password|two-factor|impressum|datenschutz|branding|api\/auth|api\/documents|api\/import|api\/portal|api\/change-requests)(\/|$)/;

export async function middleware(req: NextRequest) {
  const host = hostFromHeaders((name) => req.headers.get(name));
  const resolution = host ? await resolveHost(host) : ({ kind: "unknown" } as const);
  const path = req.nextUrl.pathname;

  // A suspended tenant: every path of its addresses, sign-in included, gets the neutral 503 page.
  if (resolution.kind === "suspended") return suspendedPage((name) => req.cookies.get(name)?.value);

  if (
    resolution.kind === "unknown" ||
    (resolution.kind === "platform" && TENANT_ONLY.test(path)) ||
    (resolution.kind === "tenant" && PLATFORM_ONLY.test(path))
  ) {
    return notFound();
  }

  const requestHeaders = new Headers(req.headers);
  // Never pass through what a client claims about the tenant.
  for (const name of [...requestHeaders.keys()]) if (name.startsWith("x-tenant-")) requestHeaders.delete(name);
  const nonce = createNonce();
  const csp = contentSecurityPolicy(nonce, process.env.NODE_ENV !== "production");
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("content-security-policy", csp);

  let session: { raw: string; claims: SessionClaims } | null = null;
  if (resolution.kind === "tenant") {
    requestHeaders.set("x-tenant-slug", resolution.tenant.slug);
    const raw = req.cookies.get(sessionCookieName())?.value;
    const claims = await readSessionClaims(raw);
    const valid =
      raw && claims && claims.tenantId === resolution.tenant.id && isSessionAlive(claims, resolution.tenant) ? claims : null;
    if (valid && raw) session = { raw, claims: valid };
    const isStaffArea = STAFF_AREA.test(path);
    const isCustomerArea = CUSTOMER_AREA.test(path);
    if (isStaffArea || isCustomerArea) {
      if (!valid) {
        const login = new URL("/login", req.url);
        login.searchParams.set("callbackUrl", path);
        return NextResponse.redirect(login);
      }
      if (isStaffArea && valid.kind !== "STAFF") return NextResponse.redirect(new URL("/portal", req.url));
      if (isCustomerArea && valid.kind !== "CUSTOMER") return NextResponse.redirect(new URL("/broker", req.url));
    }
  }

  const res = NextResponse.next({ request: { headers: requestHeaders } });
  res.headers.set("Content-Security-Policy", csp);
  const isOperatorArea = resolution.kind === "platform" && PLATFORM_ONLY.test(path);
  if (STAFF_AREA.test(path) || CUSTOMER_AREA.test(path) || isOperatorArea || path.startsWith("/api/")) {
    res.headers.set("Cache-Control", "private, no-store");
  }
  // The operator's own session (lib/platform/auth): activity in the admin area extends its idle window.
  if (isOperatorArea) {
    const refreshed = await refreshPlatformSession(req.cookies.get(platformSessionCookieName())?.value);
    if (refreshed) res.cookies.set(platformSessionCookieName(), refreshed, platformCookieOptions());
  }
  // Sign-in and sign-out set the cookie themselves; everywhere else activity extends the idle window.
  if (session && !path.startsWith("/api/auth/")) {
    const refreshed = await refreshSessionToken(session.raw, session.claims);
    if (refreshed) {
      res.cookies.set(sessionCookieName(), refreshed.value, {
        httpOnly: true,
        sameSite: "lax",
        path: "/",
        secure: serverEnv().PUBLIC_PROTOCOL === "https",
        maxAge: refreshed.maxAge,
      });
    }
  }
  return res;
}

function notFound(): NextResponse {
  const html =
    '<!doctype html><html lang="de"><head><meta charset="utf-8"><title>Seite nicht gefunden</title></head>' +
    '<body style="font-family:system-ui,sans-serif;max-width:36rem;margin:4rem auto;padding:0 1rem;color:#1f2937">' +
    "<h1>Diese Adresse ist uns nicht bekannt</h1><p>Bitte prüfen Sie die Schreibweise der Adresse oder verwenden Sie den Link aus der E-Mail Ihres Maklers.</p></body></html>";
  return new NextResponse(html, {
    status: 404,
    headers: { "Content-Type": "text/html; charset=utf-8", "Cache-Control": "no-store", "X-Content-Type-Options": "nosniff" },
  });
}
