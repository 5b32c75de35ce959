import { expect, test, type Browser, type Page } from "@playwright/test";
import { signIn, signInBackOffice, tenantUrl } from "./helpers";

const PDF = Buffer.from(
  "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj 2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj 3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n",
);

/** A signed-in page in its own browser context (own cookies), at phone or desktop width. */
async function signedIn(browser: Browser, login: string, width: number): Promise<Page> {
  const context = await browser.newContext({ viewport: { width, height: 900 } });
  const page = await context.newPage();
  if (login === "innendienst@demo.example") await signInBackOffice(page);
  else await signIn(page, "demo", login);
  return page;
}

/** The number on the header's "Nachrichten" link (0 when no badge is shown). */
async function staffBadge(page: Page): Promise<number> {
  const badge = page
    .getByRole("navigation")
    .getByRole("link", { name: /^Nachrichten/ })
    .getByTestId("nav-badge");
  if ((await badge.count()) === 0) return 0;
  return Number(await badge.locator("[aria-hidden=true]").innerText());
}

/** Texts of the captured e-mails to a recipient (the dev mailbox; the outbox worker delivers every ~2 s). */
async function mailsTo(page: Page, recipient: string): Promise<string[]> {
  await page.goto(tenantUrl("demo", "/dev/mailbox?tenant=demo"));
  return page.locator(`[data-testid="dev-message"][data-recipient="${recipient}"] pre`).allInnerTexts();
}

test("a customer's message goes to the advisor, is forwarded to the back office, answered, closed and reopened", async ({
  browser,
}) => {
  test.setTimeout(240_000);
  const stamp = Date.now().toString(36);
  const subject = `Kfz-Versicherung: grüne Karte ${stamp}`;
  const question = `Ich fahre im Dezember nach Italien und brauche die grüne Versicherungskarte. <script>alert("${stamp}")</script>`;
  const note = `Bitte die grüne Karte beim Versicherer anfordern (${stamp}).`;
  const answer = `Guten Tag Herr Mustermann, die grüne Karte ist unterwegs (${stamp}).`;
  const thanks = `Danke! Gilt sie auch für die Schweiz? (${stamp})`;
  let dialogs = 0;

  // ── the customer writes on the phone, with a PDF ──
  const customer = await signedIn(browser, "kunde@demo.example", 390);
  customer.on("dialog", (d) => {
    dialogs += 1;
    void d.dismiss();
  });
  await customer.goto(tenantUrl("demo", "/portal"));
  await customer.getByRole("link", { name: /Nachricht schreiben/ }).click();
  await expect(customer.getByRole("heading", { name: "Neue Nachricht" })).toBeVisible();
  await expect(customer.getByLabel("Zuständig")).toHaveValue(/.+/);
  await expect(customer.getByLabel("Zuständig").locator("option:checked")).toHaveText(/Jonas Weber/);
  await customer.getByLabel("Art des Anliegens").selectOption({ label: "Anfrage" });
  await customer.getByLabel("Betreff").fill(subject);
  await customer.getByLabel("Nachricht", { exact: true }).fill(question);
  await customer
    .getByLabel("Dateien anhängen")
    .setInputFiles({ name: "Fahrzeugschein.pdf", mimeType: "application/pdf", buffer: PDF });
  await customer.getByRole("button", { name: "Nachricht senden" }).click();
  await customer.waitForURL(/\/portal\/messages\/[0-9a-f-]{36}$/);
  const ticketPath = new URL(customer.url()).pathname;
  const ticketId = ticketPath.split("/").at(-1)!;
  await expect(customer.getByRole("heading", { name: subject })).toBeVisible();
  // the script tag is shown as text, never run
  await expect(customer.getByText(question)).toBeVisible();
  await expect(customer.getByRole("link", { name: /Fahrzeugschein\.pdf/ })).toBeVisible();

  // ── the advisor sees one unread ticket; opening it clears the badge ──
  const advisor = await signedIn(browser, "berater@demo.example", 1280);
  await advisor.goto(tenantUrl("demo", "/broker"));
  await expect.poll(() => staffBadge(advisor)).toBe(1);
  await advisor
    .getByRole("navigation")
    .getByRole("link", { name: /^Nachrichten/ })
    .click();
  const row = advisor.getByTestId("ticket-row").filter({ hasText: subject });
  await expect(row).toHaveAttribute("data-unread", "true");
  await row.getByRole("link", { name: new RegExp(subject) }).click();
  await advisor.waitForURL(new RegExp(`/broker/tickets/${ticketId}$`));
  await expect(advisor.getByText(question)).toBeVisible();
  await expect.poll(() => staffBadge(advisor)).toBe(0);
  await advisor.reload();
  await expect.poll(() => staffBadge(advisor)).toBe(0);

  // ── forwarded to the back office with an internal note ──
  const forward = advisor.getByRole("region", { name: "Weiterleiten" });
  await forward.getByLabel("Weiterleiten an").selectOption({ label: "Lena Hoffmann" });
  await forward.getByLabel("Interne Notiz (für den Kunden unsichtbar)").fill(note);
  await forward.getByRole("button", { name: "Weiterleiten" }).click();
  await expect(advisor.getByText("Das Ticket wurde weitergeleitet.")).toBeVisible();
  await expect(advisor.getByTestId("ticket-assignee")).toHaveText(/Lena Hoffmann/);
  await expect(advisor.getByText(note)).toBeVisible();

  // ── the back office sees it as unread, replies with the note in view ──
  const backOffice = await signedIn(browser, "innendienst@demo.example", 1280);
  await backOffice.goto(tenantUrl("demo", "/broker/tickets?assignee=mine"));
  await expect.poll(() => staffBadge(backOffice)).toBe(1);
  await expect(backOffice.getByTestId("ticket-row").filter({ hasText: subject })).toHaveAttribute("data-unread", "true");
  // the hand-over is also an in-app notification that leads to the ticket
  await backOffice.goto(tenantUrl("demo", "/broker/notifications"));
  const notice = backOffice.getByTestId("notification-item").filter({ hasText: "wurde an Sie weitergeleitet" }).first();
  await expect(notice).toHaveAttribute("data-unread", "true");
  await notice.getByRole("button", { name: /Öffnen/ }).click();
  await backOffice.waitForURL(new RegExp(`/broker/tickets/${ticketId}$`));
  await expect(backOffice.getByText(note)).toBeVisible();
  await expect(backOffice.getByText(/hat den Vorgang an Lena Hoffmann weitergeleitet/)).toBeVisible();
  await backOffice.getByLabel("Ihre Antwort").fill(answer);
  await backOffice.getByRole("button", { name: "Antwort senden" }).click();
  // in the timeline (not just in the text box): the reply is stored
  await expect(backOffice.getByTestId("ticket-timeline").getByText(answer)).toBeVisible();

  // ── the customer reads the answer, never the note; the e-mail carries a link, not the text ──
  await customer.goto(tenantUrl("demo", "/portal"));
  const messagesLink = customer.getByRole("navigation").getByRole("link", { name: /^Nachrichten/ });
  await expect(messagesLink).toHaveAccessibleName(/1 ungelesene Unterhaltung/);
  await customer.goto(tenantUrl("demo", ticketPath));
  await expect(messagesLink).not.toHaveAccessibleName(/ungelesen/);
  await expect(customer.getByText(answer)).toBeVisible();
  await expect(customer.getByText(note)).toHaveCount(0);
  await expect(customer.getByText(/weitergeleitet/)).toHaveCount(0);
  const mailbox = await customer.context().newPage();
  let mail = "";
  await expect
    .poll(
      async () => {
        mail = (await mailsTo(mailbox, "kunde@demo.example")).find((text) => text.includes(ticketPath)) ?? "";
        return mail;
      },
      { timeout: 30_000, intervals: [1_000, 2_000] },
    )
    .not.toBe("");
  expect(mail).toContain(tenantUrl("demo", ticketPath));
  expect(mail).not.toContain(stamp);
  expect(mail).not.toContain("grüne Karte");
  // the office's signature closes the e-mail
  expect(mail).toContain("Ihr Team der Muster Versicherungsmakler GmbH");
  await mailbox.close();

  // ── the back office closes; the customer's answer reopens the ticket ──
  await backOffice.getByRole("button", { name: "Ticket schließen" }).click();
  await expect(backOffice.getByRole("button", { name: "Wieder öffnen" })).toBeVisible();

  await customer.reload();
  await expect(
    customer.getByText("Dieser Vorgang ist abgeschlossen. Mit einer neuen Antwort öffnen Sie ihn wieder."),
  ).toBeVisible();
  await customer.getByLabel("Ihre Antwort").fill(thanks);
  await customer.getByRole("button", { name: "Antwort senden" }).click();
  await expect(customer.getByTestId("ticket-timeline").getByText(thanks)).toBeVisible();
  await expect(
    customer.getByText("Dieser Vorgang ist abgeschlossen. Mit einer neuen Antwort öffnen Sie ihn wieder."),
  ).toHaveCount(0);

  await backOffice.goto(tenantUrl("demo", "/broker/tickets?status=OPEN&assignee=mine"));
  const reopened = backOffice.getByTestId("ticket-row").filter({ hasText: subject });
  await expect(reopened).toHaveAttribute("data-unread", "true");
  await expect(reopened).toContainText("Offen");
  await expect.poll(() => staffBadge(backOffice)).toBe(1);
  expect(dialogs).toBe(0);
});
