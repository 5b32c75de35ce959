import "server-only";
import { fieldsFor, type ImportField, type ImportKind } from "../../import/import-fields";
import { AccessDeniedError, requireStaff } from "../context/access-error";
import type { RequestContext, StaffActor } from "../context/types";

export type ImporterContext = RequestContext & { actor: StaffActor };

/**
 * The CSV import writes customer data, so it needs "edit customer data" (and seeing customers at
 * all). An advisor limited to own customers may import: stored customers of other advisors are
 * refused row by row, new customers become theirs.
 */
export function requireImporter(ctx: RequestContext | null): asserts ctx is ImporterContext {
  requireStaff(ctx);
  const { rights } = ctx.actor.role;
  if (!rights.editCustomers || !rights.viewCustomers) throw new AccessDeniedError("editCustomers");
}

/** The target fields this actor may map (roles that hide premiums or expiry dates cannot import them). */
export function importFieldsFor(ctx: ImporterContext, kind: ImportKind): ImportField[] {
  return fieldsFor(kind, ctx.actor.role);
}
