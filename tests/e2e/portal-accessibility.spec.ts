import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { signIn } from "./helpers";

// Every page of the customer folder, checked by axe-core at phone and desktop width. Pages that need an
// id take the first link of their list page, so the check follows the same data a customer sees.
const STATIC_PAGES = [
  "/portal",
  "/portal/contracts",
  "/portal/contracts/new",
  "/portal/premiums",
  "/portal/documents",
  "/portal/claims",
  "/portal/claims/new",
  "/portal/messages",
  "/portal/messages/new",
  "/portal/profile",
  "/portal/notifications",
  "/portal/household",
  "/portal/my-data",
  "/portal/security",
];

async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  return results.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

async function firstLinkHref(page: Page, listPath: string, pattern: RegExp): Promise<string> {
  await page.goto(listPath);
  const hrefs = await page.locator("main a[href]").evaluateAll((links) => links.map((a) => a.getAttribute("href") ?? ""));
  const href = hrefs.find((h) => pattern.test(h));
  expect(href, `a link matching ${pattern} on ${listPath}`).toBeTruthy();
  return href!;
}

for (const viewport of [
  { name: "phone", width: 390, height: 844 },
  { name: "desktop", width: 1280, height: 900 },
]) {
  test(`customer pages have no serious accessibility violations (${viewport.name})`, async ({ page }) => {
    test.setTimeout(180_000);
    await page.setViewportSize({ width: viewport.width, height: viewport.height });
    await signIn(page, "demo", "kunde@demo.example");
    const pages = [
      ...STATIC_PAGES,
      await firstLinkHref(page, "/portal/contracts", /^\/portal\/contracts\/[0-9a-f-]{36}$/),
      await firstLinkHref(page, "/portal/documents", /^\/portal\/documents\/[0-9a-f-]{36}$/),
      await firstLinkHref(page, "/portal/claims", /^\/portal\/claims\/[0-9a-f-]{36}$/),
      await firstLinkHref(page, "/portal/messages", /^\/portal\/messages\/[0-9a-f-]{36}$/),
    ];
    const found: string[] = [];
    for (const path of pages) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBeLessThan(400);
      await expect(page.locator("h1")).toHaveCount(1);
      found.push(...(await seriousViolations(page)).map((v) => `${path}: ${v}`));
    }
    expect(found).toEqual([]);
  });
}
