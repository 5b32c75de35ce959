import { serverEnv } from "../../env";

/**
 * Cookie naming the household member's folder a customer is viewing. Only a hint: the request
 * context honours it while a consent exists and otherwise shows the customer's own folder.
 * Like the session cookie it is host-only (`__Host-`, Secure) when the portal runs on https.
 */
export function folderCookieName(): string {
  return isHttps() ? "__Host-mp.folder" : "mp_folder";
}

export function folderCookieOptions() {
  return { path: "/", httpOnly: true, sameSite: "lax" as const, secure: isHttps() };
}

const isHttps = () => serverEnv().PUBLIC_PROTOCOL === "https";
