import type { Msg } from "../../../i18n/message-key";
import { AccessDeniedError, requireStaff } from "../../context/access-error";
import type { RequestContext, StaffActor } from "../../context/types";
import { canManageStaff } from "../staff-permissions";

export type RoleWriteResult<T = { id: string }> =
  ({ ok: true } & T) | { ok: false; field?: string; error: Msg; fieldErrors?: Record<string, Msg> };

/** The role editor belongs to the office's owners and admins; anyone else gets AccessDeniedError. */
export function requireRoleManager(ctx: RequestContext | null): asserts ctx is RequestContext & { actor: StaffActor } {
  requireStaff(ctx);
  if (!canManageStaff(ctx.actor)) throw new AccessDeniedError("owner or admin only");
}
