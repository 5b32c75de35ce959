import { expect, type Page } from "@playwright/test";
import { nextTotpCode, rememberTotp } from "./totp";

export const port = Number(process.env.E2E_PORT ?? 3100);
export const tenantUrl = (slug: string, path = "/") => `http://${slug}.localhost:${port}${path}`;
export const DEMO_PASSWORD = process.env.E2E_DEMO_PASSWORD ?? "Demo-Passwort-2026!";

/**
 * Signs in like a person would. Staff enrol TOTP on their first sign-in (the setup page shows the key
 * for manual entry) and enter the next code on later ones; customers without a second factor skip both.
 */
export async function signIn(page: Page, slug: string, identifier: string, password = DEMO_PASSWORD) {
  await page.goto(tenantUrl(slug, "/login"));
  await page.getByLabel("E-Mail-Adresse oder Kundennummer").fill(identifier);
  await page.getByLabel("Passwort", { exact: true }).fill(password);
  await page.getByRole("button", { name: "Anmelden" }).click();
  await page.waitForFunction(
    () =>
      location.pathname !== "/login" ||
      document.querySelector("#otp") !== null ||
      [...document.querySelectorAll("[role=alert]")].some((el) => el.id !== "__next-route-announcer__" && el.textContent),
  );
  if (await page.locator("#otp").isVisible()) {
    await page.locator("#otp").fill(await nextTotpCode(identifier));
    await page.getByRole("button", { name: "Anmelden" }).click();
    await page.waitForURL((url) => url.pathname !== "/login");
  }
  if (new URL(page.url()).pathname === "/two-factor/setup") await enrolTotp(page, identifier);
}

async function enrolTotp(page: Page, identifier: string) {
  const secret = (await page.getByTestId("totp-secret").innerText()).replace(/\s+/g, "");
  rememberTotp(identifier, secret);
  await page.getByLabel("6-stelliger Code aus der App").fill(await nextTotpCode(identifier));
  await page.getByRole("button", { name: "Einrichtung abschließen" }).click();
  await expect(page.getByTestId("recovery-codes").getByRole("listitem")).toHaveCount(10);
  await page.getByRole("link", { name: /Codes notiert/ }).click();
  await page.waitForURL((url) => url.pathname !== "/two-factor/setup");
}

/** password-reset.spec.ts gives the back office this password for the rest of a run. */
export const BACK_OFFICE_RESET_PASSWORD = "Wolkenkratzer-Kaffeetasse-Laterne-73";

/**
 * Signs in as the demo back office (innendienst@) with the demo password, or with the one
 * password-reset.spec.ts set when that spec ran earlier in this run.
 */
export async function signInBackOffice(page: Page) {
  const email = "innendienst@demo.example";
  await signIn(page, "demo", email);
  if (new URL(page.url()).pathname === "/login") await signIn(page, "demo", email, BACK_OFFICE_RESET_PASSWORD);
}

export async function expectSignedInAt(page: Page, path: string) {
  await expect(page).toHaveURL(new RegExp(`${path}$`));
}
