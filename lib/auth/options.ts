import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { serverEnv } from "../env";
import { languageFromCookieHeader } from "../i18n/language-from-cookie-header";
import { hostFromHeaders } from "../tenant/normalize-host";
import { resolveHost } from "../tenant/resolve-tenant";
import { loginInput } from "../validation/login";
import { authenticateWithPassword } from "./authenticate-with-password";
import { LOGIN_ERROR } from "./login-errors";
import { sessionClaims } from "./session-claims";
import { sessionCookieName } from "./session-cookie";
import { nowSeconds, REMEMBERED_LIFETIME_SECONDS } from "./session-lifetime";

const secure = () => serverEnv().PUBLIC_PROTOCOL === "https";

type HeaderBag = Record<string, string | string[] | undefined> | undefined;
const headerGetter = (h: HeaderBag) => (name: string) => {
  const v = h?.[name];
  return Array.isArray(v) ? v[0] : v;
};

export const authOptions: NextAuthOptions = {
  secret: serverEnv().NEXTAUTH_SECRET,
  // The cookie may live as long as the longest session; idle and absolute limits are enforced
  // server-side on every request (lib/auth/session-lifetime.ts).
  session: { strategy: "jwt", maxAge: REMEMBERED_LIFETIME_SECONDS },
  useSecureCookies: secure(),
  cookies: {
    sessionToken: {
      // __Host- binds the cookie to exactly this tenant host (no Domain attribute, Secure, Path=/).
      name: sessionCookieName(),
      options: { httpOnly: true, sameSite: "lax", path: "/", secure: secure() },
    },
  },
  pages: { signIn: "/login", error: "/login" },
  providers: [
    CredentialsProvider({
      name: "credentials",
      credentials: {
        identifier: { type: "text" },
        password: { type: "password" },
        otp: { type: "text" },
        remember: { type: "text" },
      },
      async authorize(credentials, req) {
        const parsed = loginInput.safeParse(credentials);
        if (!parsed.success) return null;
        const get = headerGetter(req.headers as HeaderBag);
        const host = hostFromHeaders(get);
        const resolution = host ? await resolveHost(host) : { kind: "unknown" as const };
        if (resolution.kind !== "tenant") return null;
        const result = await authenticateWithPassword({
          tenantId: resolution.tenant.id,
          identifier: parsed.data.identifier,
          password: parsed.data.password,
          secondFactorCode: parsed.data.otp,
          language: languageFromCookieHeader(get("cookie")),
          ip: get("x-forwarded-for")?.split(",")[0]?.trim() ?? null,
          userAgent: get("user-agent") ?? null,
        });
        // next-auth passes a thrown message to the client as `error`.
        if (!result.ok && result.reason === "throttled") throw new Error(`${LOGIN_ERROR.throttled}:${result.retryAfterSeconds}`);
        if (!result.ok && result.reason === "second_factor_required") {
          throw new Error(`${LOGIN_ERROR.secondFactorRequired}:${result.method}`);
        }
        if (!result.ok && result.reason === "second_factor_invalid") throw new Error(LOGIN_ERROR.secondFactorInvalid);
        if (!result.ok) return null;
        const at = nowSeconds();
        return {
          id: result.claims.userId,
          ...result.claims,
          authTime: at,
          lastSeen: at,
          remember: parsed.data.remember === true && result.claims.kind === "CUSTOMER",
        };
      },
    }),
  ],
  callbacks: {
    async jwt({ token, user }) {
      if (user) Object.assign(token, sessionClaims.parse(user));
      return token;
    },
    async session({ session, token }) {
      const claims = sessionClaims.safeParse(token);
      // Only what the client needs; the data layer re-reads the user from the database.
      return { expires: session.expires, user: claims.success ? { kind: claims.data.kind } : undefined } as typeof session;
    },
  },
};
