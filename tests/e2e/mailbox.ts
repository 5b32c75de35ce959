import { expect, type Page } from "@playwright/test";
import { tenantUrl } from "./helpers";

// Reading the dev mailbox (/dev/mailbox captures e-mails and SMS of the dev transports) during registration.

/**
 * Waits for the newest captured message to a recipient whose text matches, and returns its text.
 * The in-process outbox worker delivers every 2 s; `notIn` skips messages seen before.
 */
export async function waitForMessage(page: Page, recipient: string, pattern: RegExp, notIn: string[] = []): Promise<string> {
  let found = "";
  await expect
    .poll(
      async () => {
        await page.goto(tenantUrl("demo", "/dev/mailbox?tenant=demo"));
        const texts = await page.locator(`[data-testid="dev-message"][data-recipient="${recipient}"] pre`).allInnerTexts();
        found = texts.find((t) => pattern.test(t) && !notIn.includes(t)) ?? "";
        return found;
      },
      { timeout: 30_000, intervals: [500, 1000, 2000] },
    )
    .not.toBe("");
  return found;
}

export const inviteLink = async (page: Page, email: string) => {
  const text = await waitForMessage(page, email, /\/register\//);
  return /https?:\/\/\S+\/register\/[A-Za-z0-9_-]{43}/.exec(text)![0];
};
// The code mail and SMS (not the invitation, which is older and also mentions codes).
export const EMAIL_CODE = /mit diesem Code bestätigen Sie Ihre E-Mail-Adresse/;
export const SMS_CODE = /ist Ihr Code/;
export const codeIn = (text: string) => /(?:^|\s)(\d{6})(?:\s|$)/m.exec(text)![1]!;

export async function enterCode(page: Page, code: string) {
  await page.getByLabel("Bestätigungscode").fill(code);
  await page.getByRole("button", { name: "Code bestätigen" }).click();
}
