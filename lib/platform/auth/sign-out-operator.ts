import "server-only";
import { db } from "../../db/client";
import { requirePlatform, type PlatformContext } from "../platform-context";

/** "Abmelden": a new sessionVersion ends this operator's sessions and open login tickets everywhere. */
export async function signOutOperator(ctx: PlatformContext | null): Promise<void> {
  requirePlatform(ctx);
  await db.platformOperator.update({ where: { id: ctx.operator.id }, data: { sessionVersion: { increment: 1 } } });
}
