import type { ContractModule, PortalModule, ReleaseLevel } from "../../db/generated/client";
import { AccessDeniedError } from "../context/access-error";
import type { CustomerActor, RequestContext } from "../context/types";
import { MODULE_OF_CONTRACT } from "../contracts/contract-access";

type CustomerContext = RequestContext & { actor: CustomerActor };

/** The release level the signed-in customer has for a portal module in the folder being viewed. */
export function folderLevel(ctx: CustomerContext, module: PortalModule): ReleaseLevel {
  return ctx.actor.releases[module];
}

/**
 * May the customer change things in this module of the viewed folder? Only with a WRITE release,
 * only in their own folder (a household member's folder is read-only), never in the broker preview.
 * myDIVERSO semantics: WRITE lets the customer add own contracts, change and delete contracts
 * (the broker's too) and add documents; READ only shows. Company users: see below.
 */
export function canWriteModule(ctx: CustomerContext, module: PortalModule): boolean {
  if (ctx.actor.folderReadOnly || ctx.actor.releases[module] !== "WRITE") return false;
  const company = ctx.actor.company;
  if (!company) return true;
  // Company users: contracts are the broker's (no own contracts, no contract changes); a profile change
  // request speaks for the whole company (FULL_ACCESS only); claims, uploads and messages follow the
  // own company's release.
  if (CONTRACT_RELEASE_MODULES.has(module)) return false;
  if (module === "PROFILE") return company.coverage.confidential;
  return true;
}

const CONTRACT_RELEASE_MODULES = new Set<PortalModule>(Object.values(MODULE_OF_CONTRACT));

export function canWriteContractModule(ctx: CustomerContext, module: ContractModule): boolean {
  return canWriteModule(ctx, MODULE_OF_CONTRACT[module]);
}

/** Throws unless the customer may write in the module (see canWriteModule). */
export function requireModuleWrite(ctx: CustomerContext, module: PortalModule): void {
  if (!canWriteModule(ctx, module)) throw new AccessDeniedError(`no write release for ${module}`);
}

/** Throws unless the actor is a customer acting in their own folder (profile changes, claims, uploads). */
export function requireOwnFolder(ctx: CustomerContext): void {
  if (ctx.actor.folderReadOnly) throw new AccessDeniedError("read-only folder");
}
