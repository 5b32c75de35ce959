import { beforeAll, describe, expect, it } from "vitest";
import { AccessDeniedError } from "@/lib/data/context/access-error";
import type { RequestContext } from "@/lib/data/context/types";
import { listVisibleContracts } from "@/lib/data/contracts/list-visible-contracts";
import { customerPreviewContext } from "@/lib/data/preview/customer-preview-context";
import { listPreviewAccounts } from "@/lib/data/preview/list-preview-accounts";
import { db } from "@/lib/db/client";
import { buildCompanyWorld, companyAccount, companyUser, keysOf, type CompanyWorld } from "../setup/company-fixtures";
import { createContract, createStaff } from "../setup/factories";
import { portalCustomer } from "../setup/portal-customer";
import { contextFor } from "../setup/request-context";

let world: CompanyWorld;
let owner: RequestContext;

beforeAll(async () => {
  world = await buildCompanyWorld();
  owner = await contextFor((await createStaff(world.tenant.id, { role: "owner" })).id);
}, 120_000);

const contractKeys = async (ctx: RequestContext) =>
  keysOf(
    world,
    "contract",
    (await listVisibleContracts(ctx)).map((c) => c.id),
  );

describe("broker preview of a company customer as one of its portal accounts", () => {
  it("shows a fleet manager's view: only the company's motor contract, as the account's own session sees it", async () => {
    const fleet = await companyUser(world.companies.h, ["FLEET_MANAGER"]);
    const preview = await customerPreviewContext(owner, world.companies.h.id, fleet.user.id);
    expect(preview.actor.id).toBe(fleet.user.id);
    expect(preview.actor.company?.roles).toEqual(["FLEET_MANAGER"]);
    expect(await contractKeys(preview)).toEqual(["hMotor"]);
    expect(await contractKeys(preview)).toEqual(await contractKeys(fleet.ctx));
    const audit = await db.auditLog.findFirst({
      where: { tenantId: world.tenant.id, action: "customer.previewed", customerId: world.companies.h.id },
      orderBy: { createdAt: "desc" },
    });
    expect(audit?.data).toEqual({ userId: fleet.user.id });
  });

  it("shows nothing without a chosen account (a company has no single view)", async () => {
    await companyAccount(world.companies.h, ["FULL_ACCESS"]);
    const preview = await customerPreviewContext(owner, world.companies.h.id);
    expect(preview.actor.company?.roles).toEqual([]);
    expect(await contractKeys(preview)).toEqual([]);
  });

  it("refuses an account of another company, even a subsidiary's, and writes no audit entry", async () => {
    const foreign = await companyAccount(world.companies.x, ["FULL_ACCESS"]);
    const subsidiary = await companyAccount(world.companies.s, ["FULL_ACCESS"]);
    const before = await db.auditLog.count({ where: { tenantId: world.tenant.id, action: "customer.previewed" } });
    for (const account of [foreign, subsidiary]) {
      await expect(customerPreviewContext(owner, world.companies.h.id, account.user.id)).rejects.toBeInstanceOf(
        AccessDeniedError,
      );
    }
    expect(await db.auditLog.count({ where: { tenantId: world.tenant.id, action: "customer.previewed" } })).toBe(before);
  });

  it("lists exactly the company's accounts with their roles for the picker, none of another company", async () => {
    const company = world.companies.ss;
    const a = await companyAccount(company, ["OTHER_LINES", "FLEET_MANAGER"]);
    const b = await companyAccount(company, [], { status: "DISABLED" });
    await companyAccount(world.companies.s, ["FULL_ACCESS"]);
    const accounts = await listPreviewAccounts(owner, company.id);
    expect(new Map(accounts.map((x) => [x.id, x.roles]))).toEqual(
      new Map([
        [a.user.id, ["FLEET_MANAGER", "OTHER_LINES"]],
        [b.user.id, []],
      ]),
    );
    expect(accounts.find((x) => x.id === b.user.id)?.status).toBe("DISABLED");
  });

  it("lists no accounts for another office's company and refuses staff who may not open the preview", async () => {
    expect(await listPreviewAccounts(owner, world.companies.o.id)).toEqual([]);
    const clerk = await createStaff(world.tenant.id, { role: "backoffice" });
    await db.staffRole.update({ where: { id: clerk.staffRoleId! }, data: { hideFinancials: true } });
    await expect(listPreviewAccounts(await contextFor(clerk.id), world.companies.h.id)).rejects.toBeInstanceOf(AccessDeniedError);
  });
});

describe("broker preview of a person customer", () => {
  it("ignores a chosen account and shows the person's own view", async () => {
    const { customer, user } = await portalCustomer(world.tenant.id, { INSURANCE: "READ" });
    const contract = await createContract(world.tenant.id, customer.id, { module: "INSURANCE", policyNumber: "P-1" });
    const fleet = await companyAccount(world.companies.h, ["FLEET_MANAGER"]);
    const own = await contextFor(user.id);
    for (const as of [undefined, fleet.user.id]) {
      const preview = await customerPreviewContext(owner, customer.id, as);
      expect(preview.actor.company).toBeNull();
      expect(preview.actor.customerId).toBe(customer.id);
      expect((await listVisibleContracts(preview)).map((c) => c.id)).toEqual([contract.id]);
      expect((await listVisibleContracts(own)).map((c) => c.id)).toEqual([contract.id]);
    }
    expect(await listPreviewAccounts(owner, customer.id)).toEqual([]);
  });
});
