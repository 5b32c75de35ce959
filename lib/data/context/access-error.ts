import type { RequestContext, StaffActor, CustomerActor } from "./types";

/** Thrown when an actor may not do something; route handlers map it to 403/404. */
export class AccessDeniedError extends Error {
  constructor(reason = "access denied") {
    super(reason);
    this.name = "AccessDeniedError";
  }
}

export function requireStaff(ctx: RequestContext | null): asserts ctx is RequestContext & { actor: StaffActor } {
  if (!ctx || ctx.actor.kind !== "STAFF") throw new AccessDeniedError("staff only");
}

export function requireCustomer(ctx: RequestContext | null): asserts ctx is RequestContext & { actor: CustomerActor } {
  if (!ctx || ctx.actor.kind !== "CUSTOMER") throw new AccessDeniedError("customers only");
}
