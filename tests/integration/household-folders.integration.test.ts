import { describe, expect, it } from "vitest";
import type { RequestContext } from "@/lib/data/context/types";
import { listVisibleContracts } from "@/lib/data/contracts/list-visible-contracts";
import { consentedFolder } from "@/lib/data/households/consent-rule";
import { listHouseholdFolders } from "@/lib/data/households/list-household-folders";
import { openHouseholdFolder } from "@/lib/data/households/open-household-folder";
import { loadPortalShell } from "@/lib/data/portal/load-portal-shell";
import { db } from "@/lib/db/client";
import { createContract, createCustomer, createCustomerUser, createTenant } from "../setup/factories";
import { contextFor } from "../setup/request-context";

const folderContext = (userId: string, folderCustomerId: string | null) => contextFor(userId, undefined, { folderCustomerId });

async function personWithContract(tenantId: string, firstName: string, householdId: string | null) {
  const customer = await createCustomer(tenantId, { firstName, householdId });
  const user = await createCustomerUser(tenantId, customer.id);
  await db.moduleRelease.createMany({
    data: [
      { tenantId, customerId: customer.id, module: "INSURANCE", level: "WRITE" },
      { tenantId, customerId: customer.id, module: "PROFILE", level: "READ" },
    ],
  });
  const contract = await createContract(tenantId, customer.id, { policyNumber: `P-${firstName}-${customer.id.slice(-6)}` });
  return { customer, user, contract };
}

/** Max and Erika in one household; Erika allows Max to see her folder (unless told otherwise). */
async function household(options: { consent?: boolean } = {}) {
  const tenant = await createTenant();
  const tenantId = tenant.id;
  const home = await db.household.create({ data: { tenantId, name: "Familie Muster" } });
  const max = await personWithContract(tenantId, "Max", home.id);
  const erika = await personWithContract(tenantId, "Erika", home.id);
  const consent =
    options.consent === false
      ? null
      : await db.householdConsent.create({
          data: {
            tenantId,
            householdId: home.id,
            grantorCustomerId: erika.customer.id,
            granteeCustomerId: max.customer.id,
            grantedAt: new Date("2026-01-10"),
          },
        });
  return { tenantId, home, max, erika, consent };
}

const policyNumbers = async (ctx: RequestContext) => (await listVisibleContracts(ctx)).map((c) => c.policyNumber);

describe("household folders", () => {
  it("shows the member's contracts read-only while a live consent exists", async () => {
    const { max, erika } = await household();
    const ctx = await folderContext(max.user.id, erika.customer.id);
    expect(ctx.actor).toMatchObject({
      kind: "CUSTOMER",
      customerId: erika.customer.id,
      ownCustomerId: max.customer.id,
      folderReadOnly: true,
    });
    if (ctx.actor.kind !== "CUSTOMER") return;
    // Erika's WRITE release becomes READ in Max's hands
    expect(ctx.actor.releases.INSURANCE).toBe("READ");
    expect(await policyNumbers(ctx)).toEqual([erika.contract.policyNumber]);
  });

  it("falls back to the own folder when the consent was revoked", async () => {
    const { max, erika, consent } = await household();
    await db.householdConsent.update({ where: { id: consent!.id }, data: { revokedAt: new Date() } });
    const ctx = await folderContext(max.user.id, erika.customer.id);
    expect(ctx.actor).toMatchObject({ customerId: max.customer.id, folderReadOnly: false });
    expect(await policyNumbers(ctx)).toEqual([max.contract.policyNumber]);
  });

  it("falls back to the own folder when the member left the household", async () => {
    const { max, erika } = await household();
    await db.customer.update({ where: { id: erika.customer.id }, data: { householdId: null } });
    const ctx = await folderContext(max.user.id, erika.customer.id);
    expect(ctx.actor).toMatchObject({ customerId: max.customer.id, folderReadOnly: false });
    expect(await policyNumbers(ctx)).toEqual([max.contract.policyNumber]);
  });

  it("falls back to the own folder when the viewer left the household", async () => {
    const { tenantId, max, erika } = await household();
    const other = await db.household.create({ data: { tenantId, name: "Neue WG" } });
    await db.customer.update({ where: { id: max.customer.id }, data: { householdId: other.id } });
    const ctx = await folderContext(max.user.id, erika.customer.id);
    expect(ctx.actor).toMatchObject({ customerId: max.customer.id, folderReadOnly: false });
  });

  it("does not let the grantor into the grantee's folder (consent in the other direction only)", async () => {
    const { max, erika } = await household();
    const ctx = await folderContext(erika.user.id, max.customer.id);
    expect(ctx.actor).toMatchObject({ customerId: erika.customer.id, folderReadOnly: false });
    expect(await policyNumbers(ctx)).toEqual([erika.contract.policyNumber]);
  });

  it("ignores another tenant's customer id and garbage in the folder cookie", async () => {
    const { max } = await household();
    const elsewhere = await household();
    for (const cookie of [elsewhere.erika.customer.id, elsewhere.max.customer.id, "not-a-uuid", "' OR 1=1 --", ""]) {
      const ctx = await folderContext(max.user.id, cookie);
      expect(ctx.actor).toMatchObject({ customerId: max.customer.id, folderReadOnly: false });
      expect(await policyNumbers(ctx)).toEqual([max.contract.policyNumber]);
    }
  });

  it("does not honour a consent recorded in another tenant's household", async () => {
    const { max, erika } = await household({ consent: false });
    const foreign = await createTenant();
    const foreignHome = await db.household.create({ data: { tenantId: foreign.id, name: "Fremd" } });
    await db.householdConsent.create({
      data: {
        tenantId: foreign.id,
        householdId: foreignHome.id,
        grantorCustomerId: erika.customer.id,
        granteeCustomerId: max.customer.id,
        grantedAt: new Date(),
      },
    });
    const ctx = await folderContext(max.user.id, erika.customer.id);
    expect(ctx.actor).toMatchObject({ customerId: max.customer.id, folderReadOnly: false });
    expect(await consentedFolder(foreign.id, max.customer.id, erika.customer.id)).toBeNull();
  });

  it("opens a consented folder and audits the access on the member's timeline", async () => {
    const { tenantId, max, erika } = await household();
    const ctx = await folderContext(max.user.id, null);
    expect(await openHouseholdFolder(ctx, erika.customer.id)).toEqual({ ok: true, folderCustomerId: erika.customer.id });
    const audit = await db.auditLog.findFirst({ where: { tenantId, action: "household.folderOpened" } });
    expect(audit).toMatchObject({ actorUserId: max.user.id, actorKind: "customer", customerId: erika.customer.id });
    // back to the own folder: the cookie is cleared, nothing to audit
    expect(await openHouseholdFolder(ctx, max.customer.id)).toEqual({ ok: true, folderCustomerId: null });
  });

  it("refuses to open a folder without consent with a clear error and audits nothing", async () => {
    const { tenantId, max, erika } = await household();
    const stranger = await createCustomer(tenantId);
    const erikaCtx = await folderContext(erika.user.id, null);
    const maxCtx = await folderContext(max.user.id, null);
    const refusal = { ok: false, error: "notifications.household.errors.notConsented" };
    expect(await openHouseholdFolder(erikaCtx, max.customer.id)).toEqual(refusal);
    expect(await openHouseholdFolder(maxCtx, stranger.id)).toEqual(refusal);
    expect(await openHouseholdFolder(maxCtx, "garbage")).toEqual(refusal);
    expect(await db.auditLog.count({ where: { tenantId, action: "household.folderOpened" } })).toBe(0);
  });

  it("lists the folders the customer may open and who may see the own folder", async () => {
    const { max, erika } = await household();
    const maxView = await listHouseholdFolders(await folderContext(max.user.id, erika.customer.id));
    expect(maxView).toMatchObject({ inHousehold: true, householdName: "Familie Muster", viewers: [] });
    if (!maxView.inHousehold) return;
    expect(maxView.folders.map((f) => [f.customerId, f.isOwn, f.isCurrent])).toEqual([
      [max.customer.id, true, false],
      [erika.customer.id, false, true],
    ]);

    const erikaView = await listHouseholdFolders(await folderContext(erika.user.id, null));
    if (!erikaView.inHousehold) throw new Error("Erika is in the household");
    expect(erikaView.folders.map((f) => f.customerId)).toEqual([erika.customer.id]);
    expect(erikaView.viewers.map((v) => v.customerId)).toEqual([max.customer.id]);
  });

  it("explains only, for a customer outside any household", async () => {
    const tenant = await createTenant();
    const alone = await personWithContract(tenant.id, "Solo", null);
    expect(await listHouseholdFolders(await folderContext(alone.user.id, null))).toEqual({ inHousehold: false });
  });

  it("offers the household page to every household member, the folder switch only with consent", async () => {
    const { max, erika } = await household();
    const maxCtx = await folderContext(max.user.id, erika.customer.id);
    const erikaCtx = await folderContext(erika.user.id, null);
    if (maxCtx.actor.kind !== "CUSTOMER" || erikaCtx.actor.kind !== "CUSTOMER") throw new Error("customers");
    expect(await loadPortalShell({ ...maxCtx, actor: maxCtx.actor })).toMatchObject({
      inHousehold: true,
      hasHouseholdFolders: true,
      foreignFolderName: expect.stringContaining("Erika"),
    });
    expect(await loadPortalShell({ ...erikaCtx, actor: erikaCtx.actor })).toMatchObject({
      inHousehold: true,
      hasHouseholdFolders: false,
      foreignFolderName: null,
    });
  });
});
