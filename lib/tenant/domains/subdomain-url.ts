import { serverEnv } from "../../env";

/** https://<slug>.<ROOT_DOMAIN> (with the port on localhost): the address that works without a custom domain. */
export function subdomainBaseUrl(slug: string): string {
  const env = serverEnv();
  const port = env.ROOT_DOMAIN === "localhost" ? `:${env.PORT}` : "";
  return `${env.PUBLIC_PROTOCOL}://${slug}.${env.ROOT_DOMAIN}${port}`;
}
