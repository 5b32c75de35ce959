import { expect, test } from "@playwright/test";
import { expectSignedInAt, signIn } from "./helpers";

test("broker creates a customer with a bank account, adds a contract and finds both again", async ({ page }) => {
  const lastName = `Neumann-${Date.now().toString(36)}`;
  await signIn(page, "demo", "inhaber@demo.example");
  await expectSignedInAt(page, "/broker");
  await page.getByRole("link", { name: "Neuer Kunde" }).click();

  await page.getByLabel("Anrede").selectOption("Frau");
  await page.getByLabel("Vorname").fill("Nora");
  await page.getByLabel("Nachname").fill(lastName);
  await page.getByLabel("Geburtsdatum").fill("1990-05-17");
  await page.getByLabel("PLZ").fill("2009"); // one digit short for Germany
  await page.getByLabel("Ort").fill("Hamburg");
  await page.getByLabel("Mobilnummer").fill("0170 1234567"); // not international
  await page.getByRole("button", { name: "+ Bankverbindung hinzufügen" }).click();
  await page.getByLabel("Kontoinhaber").fill("Nora Neumann");
  await page.getByLabel("IBAN").fill("DE89 3704 0044 0532 0130 01"); // wrong check digits
  await page.getByRole("button", { name: "Kunden anlegen" }).click();
  await expect(page.getByText("Die Postleitzahl passt nicht zum Land")).toBeVisible();
  await expect(page.getByText("im internationalen Format")).toBeVisible();
  await expect(page.getByText("Diese IBAN ist nicht gültig")).toBeVisible();

  await page.getByLabel("PLZ").fill("20095");
  await page.getByLabel("Mobilnummer").fill("+49 170 1234567");
  await page.getByLabel("IBAN").fill("DE89 3704 0044 0532 0130 00");
  await page.getByRole("button", { name: "Kunden anlegen" }).click();
  await expect(page.getByRole("heading", { name: `${lastName}, Nora` })).toBeVisible();
  await expect(page.getByLabel("IBAN")).toHaveValue("DE89 3704 0044 0532 0130 00");

  await page.getByRole("link", { name: "Vertrag anlegen" }).click();
  await page.getByLabel("Sparte").selectOption({ label: "130 · Hausrat" });
  await page.getByLabel("Gesellschaft").selectOption({ label: "Allianz" });
  await page.getByLabel("Versicherungsschein-Nr.").fill("HR-2026-0042");
  await page.getByLabel("Beginn").fill("2026-01-01");
  await page.getByLabel("Bruttobeitrag je Zahlung").fill("12,50");
  await page.getByRole("button", { name: "Vertrag anlegen" }).click();
  await expect(page.getByText("Bitte geben Sie die Zahlweise zum Beitrag an.")).toBeVisible();
  await page.getByLabel("Zahlweise").selectOption("MONTHLY");
  await page.getByRole("button", { name: "Vertrag anlegen" }).click();
  await expect(page.getByRole("heading", { name: "Hausrat · Allianz · HR-2026-0042" })).toBeVisible();
  await expect(page.getByRole("listitem").filter({ hasText: "Andrea Becker: Vertrag angelegt" })).toBeVisible();

  await page.getByRole("link", { name: new RegExp(lastName) }).click();
  await expect(page.getByTestId("broker-contract-row").filter({ hasText: "HR-2026-0042" })).toContainText("12,50 €");

  await page.goto("/broker?q=" + lastName);
  await expect(page.getByTestId("customer-row")).toHaveCount(1);
});
