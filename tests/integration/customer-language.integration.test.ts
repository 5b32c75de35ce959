// A customer's language choice on the signed-out pages (registration, login, forgot password) must
// reach the e-mails they get later, not only the page they are looking at.
import { beforeAll, describe, expect, it } from "vitest";
import { authenticateWithPassword } from "@/lib/auth/authenticate-with-password";
import { requestPasswordReset } from "@/lib/data/account/request-password-reset";
import { completeRegistration } from "@/lib/data/invitations/complete-registration";
import { sendInvitation } from "@/lib/data/invitations/send-invitation";
import { sendRegistrationCode } from "@/lib/data/invitations/send-registration-code";
import { verifyRegistrationCode } from "@/lib/data/invitations/verify-registration-code";
import { db } from "@/lib/db/client";
import type { Locale } from "@/lib/db/generated/enums";
import type { Language } from "@/lib/i18n/locales";
import { notifyCustomer } from "@/lib/notifications/notify-customer";
import { lastMailTo } from "../setup/branded-mail";
import { createCustomer, createCustomerUser, createStaff, createTenant, TEST_PASSWORD, uniqueSuffix } from "../setup/factories";
import { contextFor } from "../setup/request-context";

const PASSWORD = "Lavendel-Wolke-Treppe-73";
const MOBILE = "+491725551234";
let tenant: { id: string; name: string };
let swissTenant: { id: string; name: string };
let ownerId: string;

beforeAll(async () => {
  tenant = await createTenant({ name: `Muster Makler ${uniqueSuffix()}` });
  swissTenant = await createTenant({ locale: "de_CH", currency: "CHF" });
  ownerId = (await createStaff(tenant.id, { role: "owner" })).id;
});

async function lastCode(recipient: string): Promise<string> {
  const message = await db.outboxMessage.findFirstOrThrow({
    where: { tenantId: tenant.id, recipient },
    orderBy: { createdAt: "desc" },
  });
  return /\b(\d{6})\b/.exec((message.payload as { text: string }).text)![1]!;
}

/** Invites a customer and walks all three registration steps on the English page. */
async function registerInEnglish() {
  const customer = await createCustomer(tenant.id, { mobile: MOBILE });
  const invited = await sendInvitation(await contextFor(ownerId), { customerId: customer.id });
  if (!invited.ok) throw new Error(JSON.stringify(invited.error));
  const link = await lastMailTo(tenant.id, customer.email!);
  const token = /\/register\/([A-Za-z0-9_-]{43})/.exec(link.text)![1]!;
  const page = { tenantId: tenant.id, token, locale: "en-GB" as const };
  for (const [step, target] of [
    ["EMAIL_CODE", customer.email!],
    ["PHONE_CODE", MOBILE],
  ] as const) {
    expect(await sendRegistrationCode({ ...page, step })).toMatchObject({ ok: true });
    const code = await lastCode(target);
    expect(await verifyRegistrationCode({ ...page, step, code })).toMatchObject({ ok: true });
  }
  expect(await completeRegistration({ ...page, password: PASSWORD, passwordRepeat: PASSWORD })).toMatchObject({ ok: true });
  return { customer, user: await db.user.findFirstOrThrow({ where: { tenantId: tenant.id, customerId: customer.id } }) };
}

async function customerLogin(tenantId: string, locale: Locale | null) {
  const customer = await createCustomer(tenantId);
  return createCustomerUser(tenantId, customer.id, { locale });
}

async function signIn(tenantId: string, email: string, language: Language) {
  const result = await authenticateWithPassword({
    tenantId,
    identifier: email,
    password: TEST_PASSWORD,
    language,
    ip: null,
    userAgent: null,
  });
  expect(result.ok).toBe(true);
  return (await db.user.findUniqueOrThrow({ where: { id: (result as { claims: { userId: string } }).claims.userId } })).locale;
}

describe("the language a customer chose before signing in", () => {
  it("keeps the English a customer registered in and writes their next notification e-mail in English", async () => {
    const { customer, user } = await registerInEnglish();
    expect(user.locale).toBe("en");

    await db.$transaction((tx) =>
      notifyCustomer(tx, {
        tenantId: tenant.id,
        customerId: customer.id,
        type: "document.added",
        title: "notifications.kinds.documentAdded",
        link: "/portal/documents",
        emailCategory: "documents",
      }),
    );
    expect((await lastMailTo(tenant.id, user.email)).subject).toBe(`New document in your folder – ${tenant.name}`);
  });

  it("sends the password reset asked for on the English page in English when the account has no language", async () => {
    const user = await customerLogin(tenant.id, null);
    await requestPasswordReset({ tenantId: tenant.id, email: user.email, locale: "en-GB" });
    expect((await lastMailTo(tenant.id, user.email)).subject).toBe(`Reset your password – ${tenant.name}`);
  });

  it("sends the password reset in the account's stored German even when asked for on the English page", async () => {
    const user = await customerLogin(tenant.id, "de_DE");
    await requestPasswordReset({ tenantId: tenant.id, email: user.email, locale: "en-GB" });
    expect((await lastMailTo(tenant.id, user.email)).subject).toBe(`Passwort zurücksetzen – ${tenant.name}`);
  });

  it("remembers English chosen on the login page for an account without a language", async () => {
    const user = await customerLogin(tenant.id, null);
    expect(await signIn(tenant.id, user.email, "en")).toBe("en");
  });

  it("does not overwrite a language the account already chose with the login page's cookie", async () => {
    const user = await customerLogin(tenant.id, "de_DE");
    expect(await signIn(tenant.id, user.email, "en")).toBe("de_DE");
  });

  it("remembers German chosen on a Swiss office's login page as Swiss German", async () => {
    const user = await customerLogin(swissTenant.id, null);
    expect(await signIn(swissTenant.id, user.email, "de")).toBe("de_CH");
  });
});
