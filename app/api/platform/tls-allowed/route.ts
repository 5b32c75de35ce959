import { isServedHost } from "@/lib/tenant/domains/is-served-host";

// Asked by the reverse proxy (Caddy `on_demand_tls { ask … }`, see README) before it requests a
// certificate. The middleware serves /api/platform/* on the platform host only.
export const dynamic = "force-dynamic";

/** GET ?domain=<host> → 200 when a tenant's portal lives there, else 404 (no certificate). */
export async function GET(request: Request): Promise<Response> {
  const domain = new URL(request.url).searchParams.get("domain");
  const allowed = await isServedHost(domain);
  return new Response(allowed ? "ok" : "unknown", {
    status: allowed ? 200 : 404,
    headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" },
  });
}
