import { expect, test, type Page } from "@playwright/test";
import { BACK_OFFICE_RESET_PASSWORD as NEW_PASSWORD, DEMO_PASSWORD, expectSignedInAt, signIn, tenantUrl } from "./helpers";

// Changes the demo back-office user's password for the rest of this run (the demo password cannot be
// set again: the policy refuses passwords containing the e-mail's domain). Specs that sign in as the
// back office afterwards use signInBackOffice().
const EMAIL = "innendienst@demo.example";

/** The newest reset link for EMAIL from the dev mailbox; the outbox worker delivers every ~2 s. */
async function resetLinkFromMailbox(page: Page): Promise<string> {
  let link = "";
  await expect(async () => {
    await page.goto(tenantUrl("demo", "/dev/mailbox?tenant=demo"));
    const message = page
      .locator(`[data-testid="dev-message"][data-recipient="${EMAIL}"]`)
      .filter({ hasText: "Passwort zurücksetzen" })
      .first();
    await expect(message).toBeVisible({ timeout: 1_000 });
    const text = await message.locator("pre").innerText();
    link = /https?:\/\/\S+\/reset-password\/[A-Za-z0-9_-]{43}/.exec(text)?.[0] ?? "";
    expect(link).not.toBe("");
  }).toPass({ timeout: 30_000, intervals: [1_000] });
  return link;
}

test("a forgotten password is reset with the e-mailed link and the new one signs in", async ({ page }) => {
  await page.goto(tenantUrl("demo", "/login"));
  await page.getByRole("link", { name: "Passwort vergessen?" }).click();
  await expect(page).toHaveURL(/\/forgot-password$/);
  await page.getByLabel("E-Mail-Adresse").fill(EMAIL);
  await page.getByRole("button", { name: "Link anfordern" }).click();
  await expect(
    page.getByText("Wenn ein Konto mit dieser E-Mail-Adresse existiert, haben wir Ihnen einen Link geschickt."),
  ).toBeVisible();

  const link = await resetLinkFromMailbox(page);
  // Links point at the tenant's own address (security.md 3), not at whatever host asked.
  expect(link.startsWith(tenantUrl("demo", "/reset-password/"))).toBe(true);

  await page.goto(link);
  await expect(page.getByRole("heading", { name: "Neues Passwort festlegen" })).toBeVisible();
  await page.getByLabel("Neues Passwort", { exact: true }).fill("passwort12345");
  await page.getByLabel("Neues Passwort wiederholen").fill("passwort12345");
  await page.getByRole("button", { name: "Passwort speichern" }).click();
  await expect(page.getByText(/zu bekannt oder zu leicht zu erraten/).first()).toBeVisible();

  await page.getByLabel("Neues Passwort", { exact: true }).fill(NEW_PASSWORD);
  await page.getByLabel("Neues Passwort wiederholen").fill(NEW_PASSWORD);
  await page.getByRole("button", { name: "Passwort speichern" }).click();
  await page.getByRole("link", { name: "Passwort geändert — jetzt anmelden" }).click();
  await expect(page).toHaveURL(/\/login/);

  // The link works only once.
  await page.goto(link);
  await expect(page.getByRole("heading", { name: "Link ungültig" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Neuen Link anfordern" })).toHaveAttribute("href", "/forgot-password");

  await signIn(page, "demo", EMAIL, DEMO_PASSWORD);
  // The old password is gone (Next's route announcer is an alert too, so match the text).
  await expect(page.getByText("Passwort ist nicht korrekt")).toBeVisible();
  // signIn() enrols TOTP when this is the account's first staff sign-in of the run.
  await signIn(page, "demo", EMAIL, NEW_PASSWORD);
  await expectSignedInAt(page, "/broker");
});

test("the forgot-password answer is the same for an unknown e-mail", async ({ page }) => {
  await page.goto(tenantUrl("demo", "/forgot-password"));
  await page.getByLabel("E-Mail-Adresse").fill("niemand-hier@demo.example");
  await page.getByRole("button", { name: "Link anfordern" }).click();
  await expect(
    page.getByText("Wenn ein Konto mit dieser E-Mail-Adresse existiert, haben wir Ihnen einen Link geschickt."),
  ).toBeVisible();
});

test("an unknown reset link shows the friendly page", async ({ page }) => {
  await page.goto(tenantUrl("demo", `/reset-password/${"A".repeat(43)}`));
  await expect(page.getByRole("heading", { name: "Link ungültig" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Neuen Link anfordern" })).toBeVisible();
});
