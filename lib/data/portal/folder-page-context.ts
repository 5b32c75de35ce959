import type { PortalModule } from "../../db/generated/enums";
import type { CustomerActor, RequestContext } from "../context/types";
import { moduleVisibility } from "./module-visibility";

/**
 * The viewer of a portal folder page (invoices, objects) and whether the page's module is offered to them
 * (moduleVisibility); null for anyone but a customer (the page shows 404).
 */
export function folderPageContext(ctx: RequestContext | null, module: PortalModule) {
  if (!ctx || ctx.actor.kind !== "CUSTOMER") return null;
  const customerCtx: RequestContext & { actor: CustomerActor } = { ...ctx, actor: ctx.actor };
  return { ctx: customerCtx, visibility: moduleVisibility(ctx.actor, module) };
}
