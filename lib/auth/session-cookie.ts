import { serverEnv } from "../env";

export function sessionCookieName(): string {
  return serverEnv().PUBLIC_PROTOCOL === "https" ? "__Host-mp.session" : "mp.session";
}
