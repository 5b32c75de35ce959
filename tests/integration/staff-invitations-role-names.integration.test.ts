import { beforeAll, describe, expect, it } from "vitest";
import type { RequestContext } from "@/lib/data/context/types";
import { createTenant as operatorCreatesTenant } from "@/lib/data/platform/create-tenant";
import { inviteStaff } from "@/lib/data/staff/invite-staff";
import { resendStaffInvitation } from "@/lib/data/staff/resend-staff-invitation";
import { createStaffRole } from "@/lib/data/staff/roles/create-staff-role";
import { lastMailTo } from "../setup/branded-mail";
import { createStaff, createTenant, uniqueSuffix, type StaffRoleKey } from "../setup/factories";
import { newTenantForm, signedInOperator } from "../setup/platform-fixtures";
import { contextFor } from "../setup/request-context";

// The stored names of the standard roles are the German seed names ("Inhaber", "Innendienst"); the
// invitation names the role in the recipient's language, a role the office created keeps its name.

/** A tenant in the given language with an owner and a row for every standard role. */
async function office(locale: "en" | "de_DE") {
  const tenant = await createTenant({ locale });
  const owner = await contextFor((await createStaff(tenant.id, { role: "owner" })).id);
  for (const role of ["admin", "advisor", "backoffice", "partner"] as const) await createStaff(tenant.id, { role });
  return { tenantId: tenant.id, owner };
}

async function invite(owner: RequestContext, roleKey: string) {
  const email = `kollege-${uniqueSuffix()}@test.example`;
  const result = await inviteStaff(owner, { firstName: "Jonas", lastName: "Keller", email, mobile: "+491715550199", roleKey });
  if (!result.ok) throw new Error(`invitation refused: ${JSON.stringify(result)}`);
  return { email, userId: result.data.userId };
}

/** The sentence of the invitation that names the role, in the plain-text and the HTML part. */
async function expectRoleNamed(tenantId: string, email: string, sentence: string) {
  const mail = await lastMailTo(tenantId, email);
  expect(mail.text).toContain(sentence);
  expect(mail.html).toContain(sentence);
}

let en: Awaited<ReturnType<typeof office>>;

beforeAll(async () => {
  en = await office("en");
});

describe("the role named in a staff invitation", () => {
  it.each<[StaffRoleKey, string]>([
    ["owner", "Owner"],
    ["advisor", "Adviser"],
    ["backoffice", "Back office"],
    ["partner", "Cooperation partner"],
    // "Administrator" is the same word in both languages
  ])("calls the %s role by its English name in an English invitation", async (roleKey, name) => {
    const { email } = await invite(en.owner, roleKey);
    await expectRoleNamed(en.tenantId, email, `as a staff member (${name}).`);
  });

  it("names the role in English again when the invitation is sent a second time", async () => {
    const { email, userId } = await invite(en.owner, "backoffice");
    expect(await resendStaffInvitation(en.owner, { userId })).toMatchObject({ ok: true });
    await expectRoleNamed(en.tenantId, email, "as a staff member (Back office).");
  });

  it("keeps the name the office gave its own role", async () => {
    const role = await createStaffRole(en.owner, { name: "Schadenservice Nord" });
    if (!role.ok) throw new Error("role not created");
    const { email } = await invite(en.owner, role.key);
    await expectRoleNamed(en.tenantId, email, "as a staff member (Schadenservice Nord).");
  });

  it("keeps the German role name in a German invitation", async () => {
    const de = await office("de_DE");
    const { email } = await invite(de.owner, "backoffice");
    const mail = await lastMailTo(de.tenantId, email);
    expect(mail.text).toContain("(Innendienst)");
  });

  it("calls the owner of a tenant the platform operator created “Owner” in English", async () => {
    const input = newTenantForm({ locale: "en" });
    const created = await operatorCreatesTenant(await signedInOperator(), input);
    if (!created.ok) throw new Error(`tenant not created: ${JSON.stringify(created)}`);
    await expectRoleNamed(created.data.tenantId, input.ownerEmail, "as a staff member (Owner).");
  });
});
