import "server-only";
import { redirect } from "next/navigation";
import { getPlatformContext, type PlatformContext } from "./platform-context";

/** First line of every signed-in operator page: the context, or off to the sign-in. */
export async function requireOperatorPage(): Promise<PlatformContext> {
  const ctx = await getPlatformContext();
  if (!ctx) redirect("/admin/login");
  return ctx;
}
