import "server-only";
import { currentHost } from "../tenant/current-tenant";

/**
 * Server actions can be posted to any path of any host; the operator sign-in steps answer only on
 * the platform host (the signed-in ones get this check from getPlatformContext).
 */
export async function onPlatformHost(): Promise<boolean> {
  return (await currentHost()).kind === "platform";
}
