import { AccessDeniedError } from "../context/access-error";
import type { CompanyAccess, CustomerActor, RequestContext } from "../context/types";

export type UserManagerContext = RequestContext & { actor: CustomerActor & { company: CompanyAccess } };

/**
 * The company access of a signed-in user manager who may change contacts and accounts of their own
 * company; anyone else (staff, private customers, company users without the role, a read-only
 * preview or foreign folder) is refused.
 */
export function requireUserManager(ctx: RequestContext | null): asserts ctx is UserManagerContext {
  if (!ctx || ctx.actor.kind !== "CUSTOMER") throw new AccessDeniedError("customers only");
  const company = ctx.actor.company;
  if (!company?.isUserManager) throw new AccessDeniedError("user manager only");
  if (ctx.actor.folderReadOnly) throw new AccessDeniedError("read-only folder");
}
