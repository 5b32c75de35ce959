import { isEmptyCoverage } from "../../company/role-coverage";
import type { PortalModule } from "../../db/generated/enums";
import type { CustomerActor } from "../context/types";

/**
 * Whether a portal section of a data module is offered to the viewer: "notReleased" when no folder the
 * viewer may see releases the module (a company account: any company of its scope, each governed by its
 * own releases), "noAccess" when a company account's roles cover no line (user manager or group manager
 * alone), else "visible". The access rules (…AccessWhere) decide row by row; this only picks the page.
 */
export function moduleVisibility(actor: CustomerActor, module: PortalModule): "visible" | "notReleased" | "noAccess" {
  const company = actor.company;
  if (!company) return actor.releases[module] === "HIDDEN" ? "notReleased" : "visible";
  if (!company.scope.some((entry) => entry.releases[module] !== "HIDDEN")) return "notReleased";
  return isEmptyCoverage(company.coverage) ? "noAccess" : "visible";
}
