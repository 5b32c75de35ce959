import { cookieHeader, cookiesFrom, httpRequest } from "./http-request";

const SESSION_COOKIE = "mp.session";

/**
 * Signs in through next-auth v4's credentials endpoint the way the login form does and returns
 * the Cookie header carrying the session. Throws unless that cookie really opens the contract page.
 */
export async function signIn(options: { port: number; host: string; identifier: string; password: string }): Promise<string> {
  const { port, host } = options;
  const csrf = await httpRequest({ port, host, path: "/api/auth/csrf" });
  if (csrf.status !== 200) throw new Error(`GET /api/auth/csrf answered ${csrf.status}`);
  const { csrfToken } = JSON.parse(csrf.body) as { csrfToken?: string };
  if (!csrfToken) throw new Error("GET /api/auth/csrf returned no csrfToken");
  const jar = cookiesFrom(csrf);

  const form = new URLSearchParams({ csrfToken, identifier: options.identifier, password: options.password, json: "true" });
  const callback = await httpRequest({
    port,
    host,
    path: "/api/auth/callback/credentials",
    method: "POST",
    headers: { "Content-Type": "application/x-www-form-urlencoded", Cookie: cookieHeader(jar) },
    body: form.toString(),
  });
  const session = cookiesFrom(callback).get(SESSION_COOKIE);
  if (!session)
    throw new Error(`sign-in failed: no ${SESSION_COOKIE} cookie (status ${callback.status}: ${callback.body.slice(0, 200)})`);

  const cookie = `${SESSION_COOKIE}=${session}`;
  const portal = await httpRequest({ port, host, path: "/portal", headers: { Cookie: cookie } });
  if (portal.status !== 200 || !portal.body.includes("Meine Verträge")) {
    throw new Error(`session cookie does not open /portal (status ${portal.status})`);
  }
  return cookie;
}
