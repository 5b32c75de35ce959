import { expect, type Page } from "@playwright/test";

export const port = Number(process.env.E2E_PORT ?? 3100);
export const tenantUrl = (slug: string, path = "/") => `http://${slug}.localhost:${port}${path}`;
export const DEMO_PASSWORD = process.env.E2E_DEMO_PASSWORD ?? "Demo-Passwort-2026!";

export async function signIn(page: Page, slug: string, identifier: string, password = DEMO_PASSWORD) {
  await page.goto(tenantUrl(slug, "/login"));
  await page.getByLabel("E-Mail-Adresse oder Kundennummer").fill(identifier);
  await page.getByLabel("Passwort").fill(password);
  await page.getByRole("button", { name: "Anmelden" }).click();
}

export async function expectSignedInAt(page: Page, path: string) {
  await expect(page).toHaveURL(new RegExp(`${path}$`));
}
