import { serverEnv } from "../../env";

/** The host every custom domain points to with its CNAME: PLATFORM_CNAME_TARGET or domains.<ROOT_DOMAIN>. */
export function platformCnameTarget(): string {
  const env = serverEnv();
  return (env.PLATFORM_CNAME_TARGET ?? `domains.${env.ROOT_DOMAIN}`).toLowerCase().replace(/\.$/, "");
}
