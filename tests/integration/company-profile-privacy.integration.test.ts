import { beforeAll, describe, expect, it } from "vitest";
import { getProfile } from "@/lib/data/change-requests/get-profile";
import { listAccessLog } from "@/lib/data/my-data/list-access-log";
import { db } from "@/lib/db/client";
import { buildCompanyWorld, companyUser, type CompanyWorld } from "../setup/company-fixtures";
import { createStaff } from "../setup/factories";

// The company's master data, bank accounts and the office's work on the company record are the
// company's business: full-access users see them, other employees (and the user manager) do not.
describe("company profile and access log", () => {
  let world: CompanyWorld;
  beforeAll(async () => {
    world = await buildCompanyWorld();
    const h = world.companies.h;
    await db.bankAccount.create({
      data: { tenantId: h.tenantId, customerId: h.id, holder: "Holding AG", iban: "DE89370400440532013000", isDefault: true },
    });
    const staff = await createStaff(h.tenantId, { role: "backoffice" });
    await db.auditLog.create({
      data: {
        tenantId: h.tenantId,
        actorUserId: staff.id,
        actorKind: "staff",
        action: "contract.viewed",
        customerId: h.id,
        data: {},
      },
    });
  });

  it("shows the company profile with its bank account only to a full-access user", async () => {
    const full = await companyUser(world.companies.h, ["FULL_ACCESS"]);
    const profile = await getProfile(full.ctx);
    expect(profile.released).toBe(true);
    if (profile.released) expect(profile.bankAccounts).toHaveLength(1);
    for (const roles of [["FLEET_MANAGER"], ["USER_MANAGER"], ["OTHER_LINES", "GROUP_MANAGER"]] as const) {
      const user = await companyUser(world.companies.h, [...roles]);
      expect(await getProfile(user.ctx)).toEqual({ released: false });
    }
  });

  it("shows the office's access to the company record only to a full-access user", async () => {
    const full = await companyUser(world.companies.h, ["FULL_ACCESS"]);
    expect((await listAccessLog(full.ctx)).items.map((i) => i.action)).toContain("contract.viewed");
    const fleet = await companyUser(world.companies.h, ["FLEET_MANAGER"]);
    expect((await listAccessLog(fleet.ctx)).items).toEqual([]);
  });
});
