import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { setClockOffset } from "@/lib/clock";
import { db } from "@/lib/db/client";
import { requestNewInvitation } from "@/lib/data/invitations/request-new-invitation";
import { createTenant } from "@/lib/data/platform/create-tenant";
import { getTenant } from "@/lib/data/platform/get-tenant";
import { resendOwnerInvitation } from "@/lib/data/platform/resend-owner-invitation";
import type { PlatformContext } from "@/lib/platform/platform-context";
import { newTenantForm, signedInOperator } from "../setup/platform-fixtures";

const HOUR = 60 * 60 * 1000;
let ctx: PlatformContext;

beforeAll(async () => {
  ctx = await signedInOperator();
});
afterEach(() => setClockOffset(0));

/** A tenant the operator created, and the token of the owner's invitation e-mail. */
async function operatorCreatedTenant() {
  const input = newTenantForm();
  const created = await createTenant(ctx, input);
  if (!created.ok) throw new Error("tenant not created");
  const { tenantId } = created.data;
  const mail = await db.outboxMessage.findFirstOrThrow({
    where: { tenantId, recipient: input.ownerEmail },
    orderBy: { createdAt: "desc" },
  });
  const token = /\/register\/([A-Za-z0-9_-]{43})/.exec((mail.payload as { text: string }).text)?.[1];
  if (!token) throw new Error("no link in the invitation e-mail");
  return { tenantId, token };
}

describe("an owner whose invitation from the operator expired", () => {
  it("is told to contact the portal's operator, not that a broker was informed", async () => {
    const { tenantId, token } = await operatorCreatedTenant();
    setClockOffset(49 * HOUR);
    expect(await requestNewInvitation({ tenantId, token })).toEqual({
      ok: true,
      data: { message: "onboarding.requestLink.askOperator" },
    });
    // there is nobody in the office yet who could have been told
    expect(await db.notification.count({ where: { tenantId } })).toBe(0);
  });

  it("shows the operator that the owner asked for a new link until a new invitation is sent", async () => {
    const { tenantId, token } = await operatorCreatedTenant();
    expect((await getTenant(ctx, tenantId))?.owner?.renewalRequestedAt).toBeNull();
    setClockOffset(49 * HOUR);
    await requestNewInvitation({ tenantId, token });
    await requestNewInvitation({ tenantId, token });

    const owner = (await getTenant(ctx, tenantId))?.owner;
    expect(owner).toMatchObject({ invitation: "expired", renewalRequestedAt: expect.any(Date) });
    // repeated clicks leave one entry
    expect(await db.auditLog.count({ where: { tenantId, action: "invitation.renewal_requested" } })).toBe(1);

    expect((await resendOwnerInvitation(ctx, { tenantId })).ok).toBe(true);
    expect((await getTenant(ctx, tenantId))?.owner).toMatchObject({ invitation: "sent", renewalRequestedAt: null });
  });
});
