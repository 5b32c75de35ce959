import { expect, test } from "@playwright/test";
import { expectSignedInAt, signIn } from "./helpers";

// A real one-page PDF from the demo seed's generator would do; a tiny hand-written PDF is enough for the sniffer.
const PDF = Buffer.from(
  "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj 2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj 3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n",
);

async function addContract(page: import("@playwright/test").Page, line: string, insurer: string, policyNumber: string) {
  await page.getByRole("link", { name: "Vertrag anlegen" }).click();
  await page.getByLabel("Sparte").selectOption({ label: line });
  await page.getByLabel("Gesellschaft").selectOption({ label: insurer });
  await page.getByLabel("Versicherungsschein-Nr.").fill(policyNumber);
  await page.getByLabel("Bruttobeitrag je Zahlung").fill("9,90");
  await page.getByLabel("Zahlweise").selectOption("MONTHLY");
  await page.getByRole("button", { name: "Vertrag anlegen" }).click();
  await expect(page.getByRole("heading", { name: new RegExp(policyNumber) })).toBeVisible();
  await page.getByRole("link", { name: /^← / }).click();
}

// A long journey (≈ 30 s alone, sign-in may wait for the next TOTP step): twice the default budget so a
// busy 2-core CI machine does not cut it off half-way.
test.describe.configure({ timeout: 120_000 });

test("broker prepares a folder: customer, two contracts, a PDF, insurance released as read, preview, invitation", async ({
  page,
}) => {
  const lastName = `Ordner-${Date.now().toString(36)}`;
  await signIn(page, "demo", "inhaber@demo.example");
  await expectSignedInAt(page, "/broker");

  // customer
  await page.getByRole("link", { name: "Neuer Kunde" }).click();
  await page.getByLabel("Vorname").fill("Paula");
  await page.getByLabel("Nachname").fill(lastName);
  await page.getByLabel("E-Mail-Adresse").fill(`${lastName.toLowerCase()}@demo.example`);
  await page.getByLabel("Mobilnummer").fill("+49 170 5550123");
  await page.getByRole("button", { name: "Kunden anlegen" }).click();
  await expect(page.getByRole("heading", { name: `${lastName}, Paula` })).toBeVisible();

  // two insurance contracts
  await addContract(page, "130 · Hausrat", "Allianz", "HR-7001");
  await addContract(page, "040 · Haftpflicht", "HUK-COBURG", "PH-7002");
  await expect(page.getByTestId("broker-contract-row")).toHaveCount(2);

  // a PDF for the customer, attached to the household contract
  await page
    .getByTestId("document-file-input")
    .setInputFiles({ name: "Police Hausrat.pdf", mimeType: "application/pdf", buffer: PDF });
  const row = page.getByTestId("upload-row");
  await row.getByLabel("Vertrag").selectOption({ label: "Hausrat · Allianz · HR-7001" });
  await row.getByLabel("Für den Kunden sichtbar").check();
  await page.getByRole("button", { name: "Datei hochladen" }).click();
  await expect(page.getByTestId("broker-document-row").filter({ hasText: "Police Hausrat" })).toBeVisible();

  // before any release the preview shows nothing
  await page.getByRole("link", { name: "Als Kunde ansehen" }).click();
  await expect(page.getByTestId("preview-banner")).toContainText(`${lastName}, Paula`);
  await expect(page.getByTestId("start-summary")).toHaveCount(0);
  await page.getByRole("link", { name: "Vorschau beenden" }).click();

  // release insurance as read
  await page.getByRole("group", { name: "Versicherungen" }).getByRole("radio", { name: "Nur lesen" }).check();
  await page.getByRole("button", { name: "Freigaben speichern" }).click();
  await expect(page.getByText("gespeichert").first()).toBeVisible();

  // the preview now shows exactly the two contracts and the one document
  await page.getByRole("link", { name: "Als Kunde ansehen" }).click();
  await expect(page.getByTestId("summary-count-INSURANCE")).toHaveText("2 Verträge");
  await expect(page.getByTestId("document-item")).toHaveCount(1);
  await expect(page.getByTestId("document-item")).toContainText("Police Hausrat");
  await page.getByRole("link", { name: "Vorschau beenden" }).click();

  // invite from the customer list
  await page.goto(`/broker?q=${lastName}`);
  const listRow = page.getByTestId("customer-row");
  await expect(listRow).toHaveCount(1);
  await listRow.getByRole("button", { name: "Einladen", exact: true }).click();
  await expect(listRow.getByRole("status")).toContainText("wurde versendet");
});
