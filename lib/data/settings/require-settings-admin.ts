import type { RequestContext, StaffActor } from "../context/types";
import { AccessDeniedError } from "../context/access-error";

/** Roles that may change the portal's settings (brand, legal texts, domains, rules). */
const SETTINGS_ROLES = new Set(["owner", "admin"]);

export function canManageSettings(ctx: RequestContext | null): boolean {
  return ctx?.actor.kind === "STAFF" && SETTINGS_ROLES.has(ctx.actor.role.key);
}

/**
 * The one access rule of every settings read and write (lib/data/settings, branding, legal texts,
 * domains, e-mail preview): staff of the request's tenant with the owner or admin role. Custom roles
 * never get it — there is no right to tick for it in the role editor.
 */
export function requireSettingsAdmin(ctx: RequestContext | null): asserts ctx is RequestContext & { actor: StaffActor } {
  if (!canManageSettings(ctx)) throw new AccessDeniedError("settings: owner or admin only");
}
