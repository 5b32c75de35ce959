import { expect, test } from "@playwright/test";
import { tenantUrl } from "./helpers";

test("the sign-in endpoint answers an unknown and a known e-mail identically", async ({ page }) => {
  await page.goto(tenantUrl("demo", "/login"));
  const answers = await page.evaluate(async () => {
    const attempt = async (identifier: string) => {
      const { csrfToken } = (await (await fetch("/api/auth/csrf")).json()) as { csrfToken: string };
      const res = await fetch("/api/auth/callback/credentials", {
        method: "POST",
        headers: { "Content-Type": "application/x-www-form-urlencoded" },
        body: new URLSearchParams({ csrfToken, identifier, password: "ganz-falsches-passwort", json: "true" }),
      });
      return { status: res.status, body: await res.text() };
    };
    return [await attempt("kunde@demo.example"), await attempt("gibt-es-nicht@demo.example")];
  });
  expect(answers[0]).toEqual(answers[1]);
  expect(answers[0]!.body).not.toContain("kunde@demo.example");
});
