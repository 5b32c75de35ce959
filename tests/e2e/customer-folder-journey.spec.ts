import { readFile } from "node:fs/promises";
import { expect, test, type Page } from "@playwright/test";
import { expectSignedInAt, signIn } from "./helpers";

// A small real PNG (1×1) is enough for the upload's magic-byte check; the "camera" input is the
// phone's capture input, which Playwright fills like any file input.
const PNG = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==",
  "base64",
);

async function downloadBytes(page: Page, click: () => Promise<void>) {
  const downloadPromise = page.waitForEvent("download");
  await click();
  const download = await downloadPromise;
  return { name: download.suggestedFilename(), bytes: await readFile((await download.path())!) };
}

for (const viewport of [
  { name: "phone", width: 390, height: 844, street: "Lindenallee 7" },
  { name: "desktop", width: 1280, height: 900, street: "Kastanienweg 21" },
]) {
  test(`customer works in the folder and the broker applies the address change (${viewport.name})`, async ({ page }) => {
    test.setTimeout(240_000);
    await page.setViewportSize({ width: viewport.width, height: viewport.height });
    const stamp = Date.now().toString(36);

    // start page
    await signIn(page, "demo", "kunde@demo.example");
    await expectSignedInAt(page, "/portal");
    await expect(page.getByRole("heading", { name: "Guten Tag, Max Mustermann" })).toBeVisible();
    await expect(page.getByTestId("start-summary")).toBeVisible();
    await expect(page.getByTestId("start-contact")).toContainText("Jonas Weber");

    // open a contract
    await page.goto("/portal/contracts");
    const contract =
      viewport.name === "phone" ? page.getByTestId("contract-card").first() : page.getByTestId("contract-row").first();
    await contract.getByRole("link").first().click();
    await expect(page).toHaveURL(/\/portal\/contracts\/[0-9a-f-]{36}$/);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();

    // preview a PDF from the inbox: the inline frame loads the document itself
    await page.goto("/portal/documents");
    // (the other viewport's run may have added a photo; the demo documents are PDFs)
    const pdfItem = page.getByTestId("document-item").filter({ hasNotText: "schaden-" }).first();
    await pdfItem.getByRole("link", { name: /Ansehen/ }).click();
    await expect(page).toHaveURL(/\/portal\/documents\/[0-9a-f-]{36}$/);
    const frame = page.locator("iframe");
    await expect(frame).toBeVisible();
    const pdf = await page.request.get((await frame.getAttribute("src"))!);
    expect(pdf.status()).toBe(200);
    expect((await pdf.body()).subarray(0, 5).toString()).toBe("%PDF-");

    // upload a photo through the camera input
    await page.goto("/portal/documents#upload");
    await page.getByLabel("Foto aufnehmen").setInputFiles({ name: `schaden-${stamp}.png`, mimeType: "image/png", buffer: PNG });
    await page.getByRole("button", { name: "Hochladen" }).click();
    await expect(page.getByRole("status").filter({ hasText: "ist in Ihrem Ordner" })).toBeVisible();
    await page.reload();
    await expect(page.getByTestId("document-item").filter({ hasText: `schaden-${stamp}` })).toBeVisible();

    // add an own contract (Sonstige Verträge is released with write)
    await page.goto("/portal/contracts/new");
    await page.getByLabel("Gesellschaft", { exact: true }).selectOption({ label: "Gesellschaft nicht in der Liste …" });
    await page.getByLabel("Name der Gesellschaft").fill("Stadtwerke Musterstadt");
    await page.getByLabel("Vertrags- bzw. Versicherungsschein-Nr.").fill(`SW-${stamp}`);
    await page.getByRole("button", { name: "Vertrag hinzufügen" }).click();
    await expect(page).toHaveURL(/\/portal\/contracts\/[0-9a-f-]{36}\/edit\?created=1$/);
    await page.goto("/portal/contracts");
    await expect(page.getByText(`SW-${stamp}`).filter({ visible: true }).first()).toBeVisible();

    // request an address change
    await page.goto("/portal/profile");
    await page.locator("summary").filter({ hasText: "Neue Anschrift" }).click();
    await page.getByLabel("Straße und Hausnummer").fill(viewport.street);
    await page.getByLabel("Postleitzahl").fill("80333");
    await page.getByLabel("Ort").fill("München");
    await page.getByRole("button", { name: "Antrag senden" }).click();
    // the request is listed as pending (the form then says a request for the address is with the broker)
    const requests = page.getByRole("region", { name: "Ihre Anträge" });
    await expect(requests.getByRole("listitem").filter({ hasText: viewport.street })).toContainText("In Prüfung");
    await expect(page.getByText("liegt Ihrem Makler zur Prüfung vor")).toBeVisible();
    await page.getByRole("button", { name: "Abmelden" }).click();
    await expect(page).toHaveURL(/\/login/);

    // the broker applies it and downloads the notices for the insurers
    await signIn(page, "demo", "inhaber@demo.example");
    await page.goto("/broker/change-requests");
    await page.getByRole("link", { name: "Mustermann, Max" }).first().click();
    await expect(page.getByRole("heading", { level: 1 })).toContainText("Mustermann");
    await expect(page.getByText(viewport.street)).toBeVisible();
    await page.getByRole("button", { name: "Übernehmen" }).click();
    await expect(page.getByRole("heading", { name: "Änderungsmitteilungen an die Versicherer" })).toBeVisible();
    const letters = page.getByRole("link", { name: /Brief herunterladen \(PDF\)/ });
    expect(await letters.count()).toBeGreaterThanOrEqual(2);
    const letter = await downloadBytes(page, () => letters.first().click());
    expect(letter.name).toMatch(/\.pdf$/);
    expect(letter.bytes.subarray(0, 5).toString()).toBe("%PDF-");
    const zip = await downloadBytes(page, () => page.getByRole("link", { name: "Alle als ZIP herunterladen" }).click());
    expect(zip.bytes.subarray(0, 2).toString()).toBe("PK");

    // the customer record now has the new address
    await page.getByRole("link", { name: "Kundenakte öffnen" }).click();
    await expect(page.getByText(viewport.street).first()).toBeVisible();
  });
}

test("customer downloads everything about them as one ZIP", async ({ page }) => {
  await signIn(page, "demo", "kunde@demo.example");
  await page.goto("/portal/my-data");
  const zip = await downloadBytes(page, () => page.getByRole("link", { name: /Datenauskunft herunterladen/ }).click());
  expect(zip.name).toMatch(/^meine-daten-K-10001-\d{4}-\d{2}-\d{2}\.zip$/);
  expect(zip.bytes.subarray(0, 2).toString()).toBe("PK");
  expect(zip.bytes.includes(Buffer.from("daten.json"))).toBe(true);
});
