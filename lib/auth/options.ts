import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { serverEnv } from "../env";
import { sessionCookieName } from "./session-cookie";
import { hostFromHeaders } from "../tenant/normalize-host";
import { resolveHost } from "../tenant/resolve-tenant";
import { loginInput } from "../validation/login";
import { authenticateWithPassword } from "./authenticate-with-password";
import { sessionClaims } from "./session-claims";

const secure = () => serverEnv().PUBLIC_PROTOCOL === "https";

// Absolute session lifetime; idle timeout and "stay signed in" arrive with issue #3.
const MAX_AGE_SECONDS = 24 * 60 * 60;

type HeaderBag = Record<string, string | string[] | undefined> | undefined;
const headerGetter = (h: HeaderBag) => (name: string) => {
  const v = h?.[name];
  return Array.isArray(v) ? v[0] : v;
};

export const authOptions: NextAuthOptions = {
  secret: serverEnv().NEXTAUTH_SECRET,
  session: { strategy: "jwt", maxAge: MAX_AGE_SECONDS },
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
      credentials: { identifier: { type: "text" }, password: { type: "password" } },
      async authorize(credentials, req) {
        const parsed = loginInput.safeParse(credentials);
        if (!parsed.success) return null;
        const get = headerGetter(req.headers as HeaderBag);
        const host = hostFromHeaders(get);
        const resolution = host ? await resolveHost(host) : { kind: "unknown" as const };
        if (resolution.kind !== "tenant") return null;
        const forwardedFor = get("x-forwarded-for");
        const claims = await authenticateWithPassword({
          tenantId: resolution.tenant.id,
          identifier: parsed.data.identifier,
          password: parsed.data.password,
          ip: forwardedFor?.split(",")[0]?.trim() ?? null,
          userAgent: get("user-agent") ?? null,
        });
        return claims ? { id: claims.userId, ...claims } : null;
      },
    }),
  ],
  callbacks: {
    async jwt({ token, user }) {
      if (user) {
        const claims = sessionClaims.parse(user);
        Object.assign(token, claims);
      }
      return token;
    },
    async session({ session, token }) {
      const claims = sessionClaims.safeParse(token);
      // Only what the client needs; the data layer re-reads the user from the database.
      return { expires: session.expires, user: claims.success ? { kind: claims.data.kind } : undefined } as typeof session;
    },
  },
};
