import { readFile } from "node:fs/promises";
import { expect, test } from "@playwright/test";
import { expectSignedInAt, signIn } from "./helpers";

test("customer signs in, sees released contracts and downloads a document", async ({ page }) => {
  await signIn(page, "demo", "kunde@demo.example");
  await expectSignedInAt(page, "/portal");
  await expect(page.getByRole("heading", { name: "Guten Tag, Max Mustermann" })).toBeVisible();
  await expect(page.getByTestId("start-summary")).toBeVisible();
  await page.getByRole("link", { name: "Verträge", exact: true }).click();
  await expect(page).toHaveURL(/\/portal\/contracts$/);
  await expect(page.getByRole("heading", { name: "Meine Verträge", level: 1 })).toBeVisible();
  const rows = page.getByTestId("contract-row");
  expect(await rows.count()).toBeGreaterThanOrEqual(4);
  await expect(page.getByText("Muster Logistik AG")).toHaveCount(0);

  await page.getByRole("link", { name: "Dokumente", exact: true }).click();
  await expect(page).toHaveURL(/\/portal\/documents$/);
  // a demo PDF (other specs may have added photos to the same folder)
  const doc = page.getByTestId("document-item").filter({ hasText: "Versicherungsschein" }).first();
  await expect(doc).toBeVisible();
  const downloadPromise = page.waitForEvent("download");
  await doc.getByRole("link", { name: "Herunterladen" }).click();
  const download = await downloadPromise;
  expect(download.suggestedFilename()).toMatch(/\.pdf$/);
  const bytes = await readFile((await download.path())!);
  expect(bytes.subarray(0, 5).toString()).toBe("%PDF-");
});

test("wrong password shows one neutral message and no session", async ({ page }) => {
  await signIn(page, "demo", "kunde@demo.example", "falsches-passwort-123");
  await expect(page.getByRole("alert").filter({ hasText: "nicht korrekt" })).toBeVisible();
  await page.goto("/portal");
  await expect(page).toHaveURL(/\/login\?callbackUrl=%2Fportal$/);
});
