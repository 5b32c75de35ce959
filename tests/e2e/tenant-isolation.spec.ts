import { expect, test, type Browser } from "@playwright/test";
import { expectSignedInAt, signIn, tenantUrl, port } from "./helpers";

async function demoDocumentPath(browser: Browser): Promise<string> {
  const ctx = await browser.newContext();
  const page = await ctx.newPage();
  await signIn(page, "demo", "kunde@demo.example");
  await expectSignedInAt(page, "/portal");
  const href = await page
    .getByTestId("document-item")
    .first()
    .getByRole("link", { name: /^Herunterladen/ })
    .getAttribute("href");
  await ctx.close();
  expect(href).toMatch(/^\/api\/documents\/[0-9a-f-]{36}\/download$/);
  return href!;
}

test("the nord customer cannot open a demo document URL", async ({ browser, page }) => {
  const path = await demoDocumentPath(browser);
  await signIn(page, "nord", "kunde@nord.example");
  await expectSignedInAt(page, "/portal");
  const onOwnHost = await page.request.fetch(tenantUrl("nord", path), { maxRedirects: 0 }).catch(() => null);
  // Fall back to an in-browser fetch when Node cannot resolve *.localhost.
  const status = onOwnHost?.status() ?? (await page.evaluate(async (p) => (await fetch(p, { redirect: "manual" })).status, path));
  expect([403, 404]).toContain(status);

  // The nord session cookie is bound to nord's host: on demo's host the request is anonymous.
  const other = await page.goto(tenantUrl("demo", path));
  expect(other?.status()).toBe(401);
});

test("the nord customer cannot sign in on demo.localhost", async ({ page }) => {
  await signIn(page, "demo", "kunde@nord.example");
  await expect(page.getByRole("alert").filter({ hasText: "nicht korrekt" })).toBeVisible();
  await page.goto(tenantUrl("demo", "/portal"));
  await expect(page).toHaveURL(/\/login/);
});

test("an unknown host gets a 404 page", async ({ page }) => {
  const res = await page.goto(`http://unbekannt.localhost:${port}/login`);
  expect(res?.status()).toBe(404);
  await expect(page.getByRole("heading")).toContainText("nicht bekannt");
});

test("a tampered session cookie leaves protected pages unreachable", async ({ page, context }) => {
  await signIn(page, "demo", "kunde@demo.example");
  await expectSignedInAt(page, "/portal");
  const cookie = (await context.cookies()).find((c) => c.name.endsWith("mp.session"));
  expect(cookie).toBeDefined();
  const value = cookie!.value;
  const flipped = value.slice(0, 40) + (value[40] === "A" ? "B" : "A") + value.slice(41);
  await context.addCookies([{ ...cookie!, value: flipped }]);
  await page.goto(tenantUrl("demo", "/portal"));
  await expect(page).toHaveURL(/\/login/);
  const api = await page.evaluate(
    async () => (await fetch("/api/documents/00000000-0000-4000-8000-000000000000/download")).status,
  );
  expect(api).toBe(401);
});

const BYPASS_HEADERS: Record<string, Record<string, string>> = {
  "x-middleware-subrequest": { "x-middleware-subrequest": "middleware:middleware:middleware:middleware:middleware" },
  "a forged x-tenant header": { "x-tenant-slug": "nord", "x-tenant-id": "00000000-0000-4000-8000-000000000000" },
  "RSC and prefetch headers": { RSC: "1", "Next-Router-Prefetch": "1", "Next-Router-State-Tree": "%5B%22%22%5D" },
  "x-nextjs-data": { "x-nextjs-data": "1" },
};

for (const [name, headers] of Object.entries(BYPASS_HEADERS)) {
  test(`${name} does not skip the session check`, async ({ page }) => {
    await page.goto(tenantUrl("demo", "/login"));
    const result = await page.evaluate(async (h) => {
      const res = await fetch("/portal", { redirect: "manual", headers: h });
      return { type: res.type, status: res.status, text: res.type === "opaqueredirect" ? "" : await res.text() };
    }, headers);
    // Either redirected to the login page or refused — never the customer's folder.
    expect(result.text).not.toContain("Guten Tag,");
    expect(result.text).not.toContain('data-testid="start-summary"');
    expect(result.type === "opaqueredirect" || result.status >= 300).toBe(true);
  });
}
