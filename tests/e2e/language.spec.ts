import { expect, test } from "@playwright/test";
import { DEMO_PASSWORD, tenantUrl } from "./helpers";

test("a visitor switches the login page to English, gets English errors, and the portal follows", async ({ page }) => {
  await page.goto(tenantUrl("nord", "/login"));
  await page.getByRole("button", { name: "English" }).click();
  await expect(page.getByLabel("E-mail address or customer number")).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("lang", "en-GB");

  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByText("Please enter your e-mail address or customer number.")).toBeVisible();

  await page.getByLabel("E-mail address or customer number").fill("kunde@nord.example");
  await page.getByLabel("Password", { exact: true }).fill("not-the-password-123");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "password is not correct" })).toBeVisible();

  await page.getByLabel("Password", { exact: true }).fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.waitForURL((url) => url.pathname === "/portal");
  await expect(page.getByRole("heading", { name: /^Hello, / })).toBeVisible();

  // Back to German for this account; the choice is the browser's and the account's, not the tenant's.
  await page.getByRole("button", { name: "Deutsch" }).click();
  await expect(page.getByRole("heading", { name: /^Guten Tag, / })).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("lang", "de-DE");
});
