import { expect, test } from "@playwright/test";
import { DEMO_PASSWORD, port, tenantUrl } from "./helpers";
import { nextTotpCode, rememberTotp } from "./totp";

const OPERATOR = "betrieb@plattform.example";
const platformUrl = (path: string) => `http://localhost:${port}${path}`;

test("the operator creates a broker tenant on the root domain and suspends it", async ({ page, browser }) => {
  // Sign-in: password, then the authenticator app (set up on the first sign-in).
  await page.goto(platformUrl("/admin/login"));
  await page.getByLabel("E-Mail-Adresse").fill(OPERATOR);
  await page.getByLabel("Passwort").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Weiter" }).click();
  await expect(page).toHaveURL(/\/admin\/login\/enrol$/);
  rememberTotp(OPERATOR, (await page.getByTestId("totp-secret").innerText()).replace(/\s+/g, ""));
  await page.getByLabel("Code aus der Authenticator-App").fill(await nextTotpCode(OPERATOR));
  await page.getByRole("button", { name: "Einrichten und anmelden" }).click();
  await expect(page.getByRole("heading", { name: "Mandanten" })).toBeVisible();
  await expect(page.getByTestId("tenant-list")).toContainText("Muster Versicherungsmakler GmbH");

  await page.getByRole("link", { name: "Neuen Mandanten anlegen" }).click();
  const form = page.getByTestId("create-tenant-form");
  await form.getByLabel("Kürzel (Subdomain)").fill("elbe");
  await form.getByLabel("Name des Maklerbüros").fill("Elbe Versicherungskontor");
  await form.getByLabel("Vorname").fill("Frieda");
  await form.getByLabel("Nachname").fill("Brandt");
  await form.getByLabel("E-Mail-Adresse").fill("frieda.brandt@elbe.example");
  await form.getByLabel("Mobilnummer").fill("+49 151 23456789");
  await form.getByRole("button", { name: "Mandant anlegen und Einladung senden" }).click();
  await expect(page.getByText(/Der Mandant wurde angelegt/)).toBeVisible();

  // The new broker's address answers with its own (still empty) login page, not the platform's brand.
  const visitor = await browser.newContext();
  const broker = await visitor.newPage();
  await broker.goto(tenantUrl("elbe", "/login"));
  await expect(broker.getByRole("heading", { name: "Elbe Versicherungskontor" })).toBeVisible();

  // The owner's invitation went out (the outbox worker delivers it a moment later).
  await broker.goto(tenantUrl("demo", "/dev/mailbox"));
  await expect(async () => {
    await broker.reload();
    await expect(broker.getByText("frieda.brandt@elbe.example").first()).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 20_000 });

  await page.getByLabel("Grund der Sperrung").fill("Vertrag gekündigt");
  await page.getByRole("button", { name: "Mandant sperren" }).click();
  await page.getByRole("button", { name: "Ja, sperren" }).click();
  await expect(page.getByTestId("tenant-status")).toHaveText("Gesperrt");

  const suspended = await broker.goto(tenantUrl("elbe", "/login"));
  expect(suspended?.status()).toBe(503);
  await expect(broker.getByText("Dieses Portal ist vorübergehend nicht erreichbar.")).toBeVisible();
  await visitor.close();

  // The operator area does not exist on a broker's host.
  const onTenantHost = await page.goto(tenantUrl("demo", "/admin"));
  expect(onTenantHost?.status()).toBe(404);
});
