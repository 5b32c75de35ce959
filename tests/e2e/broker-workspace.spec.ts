import { expect, test } from "@playwright/test";
import { expectSignedInAt, signIn, tenantUrl } from "./helpers";

test("broker signs in on demo.localhost and sees the tenant's customers", async ({ page }) => {
  await signIn(page, "demo", "inhaber@demo.example");
  await expectSignedInAt(page, "/broker");
  await expect(page.getByRole("heading", { name: "Kunden" })).toBeVisible();
  await expect(page.getByText("Muster Versicherungsmakler GmbH").first()).toBeVisible();
  const rows = page.getByTestId("customer-row");
  await expect(rows.filter({ hasText: "Mustermann, Max" })).toHaveCount(1);
  await expect(rows.filter({ hasText: "Muster Logistik AG" })).toHaveCount(1);
  // The other tenant's customer never appears.
  await expect(page.getByText("kunde@nord.example")).toHaveCount(0);
});

test("broker search narrows the customer list and explains an empty result", async ({ page }) => {
  await signIn(page, "demo", "inhaber@demo.example");
  await expectSignedInAt(page, "/broker");
  await page.getByLabel("Kunden suchen").fill("Logistik");
  await page.getByRole("button", { name: "Suchen" }).click();
  await expect(page.getByTestId("customer-row").first()).toContainText("Logistik");
  await page.getByLabel("Kunden suchen").fill("gibt-es-nicht-4711");
  await page.getByRole("button", { name: "Suchen" }).click();
  await expect(page.getByText("Keine Kunden gefunden")).toBeVisible();
});

test("a customer is sent away from the broker workspace", async ({ page }) => {
  await signIn(page, "demo", "kunde@demo.example");
  await expectSignedInAt(page, "/portal");
  await page.goto(tenantUrl("demo", "/broker"));
  await expectSignedInAt(page, "/portal");
});

test("signing out ends the session on this host", async ({ page }) => {
  await signIn(page, "demo", "berater@demo.example");
  await expectSignedInAt(page, "/broker");
  await page.getByRole("button", { name: "Abmelden" }).click();
  await expect(page).toHaveURL(/\/login/);
  await page.goto(tenantUrl("demo", "/broker"));
  await expect(page).toHaveURL(/\/login\?callbackUrl=%2Fbroker$/);
});
