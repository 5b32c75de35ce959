import { randomUUID } from "node:crypto";
import { expect, test, type Browser } from "@playwright/test";
import pg from "pg";
import { DEMO_PASSWORD, expectSignedInAt, signIn, tenantUrl } from "./helpers";
import { codeIn, EMAIL_CODE, enterCode, inviteLink, SMS_CODE, waitForMessage } from "./mailbox";

// scripts/e2e.ts exports the embedded database's URL; the fallback matches its default port.
const DATABASE_URL =
  process.env.E2E_DATABASE_URL ?? `postgresql://postgres:postgres@127.0.0.1:${process.env.E2E_PG_PORT ?? 54339}/postgres`;
const NEW_PASSWORD = "Lavendel-Wolke-Treppe-73";

async function sql<T extends pg.QueryResultRow>(text: string, values: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: DATABASE_URL });
  await client.connect();
  try {
    return (await client.query<T>(text, values)).rows;
  } finally {
    await client.end();
  }
}

/** A fresh demo customer with e-mail and mobile, so each test has its own invitation. */
async function createInvitableCustomer(lastName: string): Promise<{ email: string; lastName: string }> {
  const suffix = randomUUID().slice(0, 8);
  const email = `e2e-${suffix}@demo.example`;
  const name = `${lastName}${suffix}`;
  await sql(
    `INSERT INTO "Customer" (id, "tenantId", kind, "customerNumber", "firstName", "lastName", email, mobile, "updatedAt")
     SELECT $1::uuid, id, 'PERSON', $2, 'Erik', $3, $4, '+491701112299', now() FROM "Tenant" WHERE slug = 'demo'`,
    [randomUUID(), `E2E-${suffix}`, name, email],
  );
  return { email, lastName: name };
}

/** The broker invites the customer from the customer list (search, then "Einladen"). */
async function inviteAsBroker(browser: Browser, search: string, rowText: string) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, "demo", "inhaber@demo.example");
  await expectSignedInAt(page, "/broker");
  await page.getByLabel("Kunden suchen").fill(search);
  await page.getByRole("button", { name: "Suchen" }).click();
  const row = page.getByTestId("customer-row").filter({ hasText: rowText });
  await expect(row).toHaveCount(1);
  await expect(row).toContainText("nicht eingeladen");
  await row.getByRole("button", { name: "Einladen", exact: true }).click();
  await expect(row.getByRole("status")).toContainText("wurde versendet");
  await expect(row).toContainText("eingeladen am");
  await context.close();
}

test("a broker invites a customer who registers in three steps and signs in again", async ({ browser }) => {
  const email = "sophie.wagner@demo.example";
  const mobile = "+491725551234";
  await inviteAsBroker(browser, "Wagner", "Wagner, Sophie");

  const context = await browser.newContext();
  const mailbox = await context.newPage();
  const page = await context.newPage();
  const link = await inviteLink(mailbox, email);
  expect(link.startsWith(tenantUrl("demo", "/register/"))).toBe(true);

  // Step 1: e-mail code
  await page.goto(link);
  await expect(page.getByText("Schritt 1 von 3")).toBeVisible();
  await page.getByRole("button", { name: /^Code an s•+r@demo\.example senden/ }).click();
  await expect(page.getByLabel("Bestätigungscode")).toHaveAttribute("autocomplete", "one-time-code");
  await expect(page.getByRole("button", { name: /Code erneut senden \(in \d+ s\)/ })).toBeDisabled();
  await expect(page.getByText("Falsche E-Mail-Adresse?")).toBeVisible();
  await enterCode(page, codeIn(await waitForMessage(mailbox, email, EMAIL_CODE)));

  // Step 2: SMS code to the number the broker recorded, shown masked
  await expect(page.getByText("Schritt 2 von 3")).toBeVisible();
  await page.getByRole("button", { name: "Code an +49 172 ••• ••34 senden" }).click();
  await expect(page.getByLabel("Bestätigungscode")).toBeVisible();
  await enterCode(page, codeIn(await waitForMessage(mailbox, mobile, SMS_CODE)));

  // Step 3: password
  await expect(page.getByText("Schritt 3 von 3")).toBeVisible();
  await page.locator("#password").fill(NEW_PASSWORD);
  await page.locator("#passwordRepeat").fill(NEW_PASSWORD);
  await page.getByRole("button", { name: "Registrierung abschließen" }).click();
  await expectSignedInAt(page, "/portal");
  await expect(page.getByRole("heading", { name: /^Guten Tag, / })).toBeVisible();

  await page.getByRole("button", { name: "Abmelden" }).click();
  await expect(page).toHaveURL(/\/login/);
  await signIn(page, "demo", email, NEW_PASSWORD);
  await expectSignedInAt(page, "/portal");

  // The used invitation cannot be used again.
  await page.goto(link);
  await expect(page.getByRole("heading", { name: "Bereits registriert" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Zur Anmeldung" })).toBeVisible();
  await expect(page.getByRole("button", { name: /Code an/ })).toHaveCount(0);
  await context.close();
});

test("opening the link does not send anything and reopening it after step 1 resumes at step 2", async ({ browser }) => {
  const customer = await createInvitableCustomer("Fortsetzung");
  await inviteAsBroker(browser, customer.lastName, customer.lastName);

  const context = await browser.newContext();
  const mailbox = await context.newPage();
  const page = await context.newPage();
  const link = await inviteLink(mailbox, customer.email);

  // A mail scanner's prefetch (plain GETs) must not send a code or advance the step.
  // (fetched from the tenant's origin in the browser: Node cannot resolve *.localhost)
  await page.goto(tenantUrl("demo", "/login"));
  for (let i = 0; i < 2; i++) expect(await page.evaluate(async (l) => (await fetch(l)).status, link)).toBe(200);
  await page.goto(link);
  await expect(page.getByText("Schritt 1 von 3")).toBeVisible();
  await expect(page.getByLabel("Bestätigungscode")).toHaveCount(0);

  await page.getByRole("button", { name: /^Code an .+ senden/ }).click();
  await enterCode(page, codeIn(await waitForMessage(mailbox, customer.email, EMAIL_CODE)));
  await expect(page.getByText("Schritt 2 von 3")).toBeVisible();

  const reopened = await context.newPage();
  await reopened.goto(link);
  await expect(reopened.getByText("Schritt 2 von 3")).toBeVisible();
  await expect(reopened.getByRole("button", { name: "Code an +49 170 ••• ••99 senden" })).toBeVisible();
  await context.close();
});

test("an invitation older than 48 hours shows the friendly expired page and lets the customer ask for a new one", async ({
  browser,
}) => {
  const customer = await createInvitableCustomer("Abgelaufen");
  await inviteAsBroker(browser, customer.lastName, customer.lastName);

  const context = await browser.newContext();
  const page = await context.newPage();
  const link = await inviteLink(page, customer.email);
  // Age the invitation as if 49 hours had passed (the server's clock is never moved in production).
  const aged = await sql(
    `UPDATE "Invitation" SET "sentAt" = now() - interval '49 hours', "expiresAt" = now() - interval '1 hour'
     WHERE email = $1 AND "acceptedAt" IS NULL RETURNING id`,
    [customer.email],
  );
  expect(aged).toHaveLength(1);

  await page.goto(link);
  await expect(page.getByRole("heading", { name: "Link abgelaufen" })).toBeVisible();
  await expect(page.getByRole("button", { name: /Code an/ })).toHaveCount(0);
  await page.getByRole("button", { name: "Neuen Link anfordern" }).click();
  await expect(page.getByRole("status")).toContainText("Ihr Makler wurde benachrichtigt");
  await context.close();

  // The broker sees the expired state and can invite again.
  const broker = await browser.newContext();
  const brokerPage = await broker.newPage();
  await signIn(brokerPage, "demo", "inhaber@demo.example", DEMO_PASSWORD);
  await expectSignedInAt(brokerPage, "/broker");
  await brokerPage.goto(tenantUrl("demo", `/broker?q=${encodeURIComponent(customer.lastName)}`));
  const row = brokerPage.getByTestId("customer-row").filter({ hasText: customer.lastName });
  await expect(row).toContainText("Einladung abgelaufen");
  await expect(row.getByRole("button", { name: "Erneut einladen" })).toBeVisible();
  await broker.close();
});

test("a malformed invitation link shows the friendly invalid page", async ({ page }) => {
  await page.goto(tenantUrl("demo", "/register/kaputt"));
  await expect(page.getByRole("heading", { name: "Link ungültig" })).toBeVisible();
});
