import "server-only";
import { headers } from "next/headers";

/** Client address and agent for the audit log of anonymous actions (signed-in ones use ctx.ip). */
export async function requestMeta(): Promise<{ ip: string | null; userAgent: string | null }> {
  const h = await headers();
  return { ip: h.get("x-forwarded-for")?.split(",")[0]?.trim() ?? null, userAgent: h.get("user-agent") };
}
