import { expect, test, type Page } from "@playwright/test";
import { expectSignedInAt, signIn, tenantUrl } from "./helpers";

// Runs last (alphabetical order, one database per run): the demo tenant keeps this spec's colours.
const DEMO_NAME = "Muster Versicherungsmakler GmbH";
const NORD_NAME = "Nordlicht Assekuranz GmbH";
const NEW_PRIMARY = "#7c2d12";
const NEW_PRIMARY_RGB = "rgb(124, 45, 18)";

// A plain SVG logo: the server rasterises it to PNG (an SVG is never served as uploaded).
const LOGO_SVG = Buffer.from(
  '<svg xmlns="http://www.w3.org/2000/svg" width="240" height="80" viewBox="0 0 240 80">' +
    '<rect width="80" height="80" rx="16" fill="#7c2d12"/><circle cx="40" cy="40" r="22" fill="#fed7aa"/>' +
    '<rect x="96" y="28" width="130" height="24" rx="6" fill="#431407"/></svg>',
);

const brandPrimary = (page: Page) =>
  page.evaluate(() => document.documentElement.style.getPropertyValue("--brand-primary").trim());

/** The tenant logo on the page (login card or portal header) has really loaded, not just its alt text. */
async function expectLogoLoaded(page: Page, scope: ReturnType<Page["locator"]>, alt: string) {
  const logo = scope.getByRole("img", { name: alt });
  await expect(logo).toBeVisible();
  await expect.poll(() => logo.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
  return logo.getAttribute("src");
}

test("the owner's colours and logo reach the customer's login page and portal, and only that tenant's", async ({
  page,
  browser,
}) => {
  await signIn(page, "demo", "inhaber@demo.example");
  await page.goto(tenantUrl("demo", "/broker/settings/branding"));

  // The live check warns about white text on light yellow and proposes a readable shade.
  const primary = page.getByLabel("Hauptfarbe", { exact: true });
  await primary.fill("#fff59d");
  const warning = page.getByTestId("contrast-warning-onPrimary");
  await expect(warning).toContainText("schwer lesbar");
  await warning.getByRole("button", { name: /^Vorschlag übernehmen/ }).click();
  await expect(primary).not.toHaveValue("#fff59d");
  await expect(warning).toHaveCount(0);

  await primary.fill(NEW_PRIMARY);
  await expect(page.getByTestId("brand-preview-header")).toHaveCSS("background-color", NEW_PRIMARY_RGB);
  await page.getByRole("button", { name: "Speichern", exact: true }).click();
  await expect(page.getByText("Die Darstellung wurde gespeichert.")).toBeVisible();

  const logoPanel = page.getByTestId("branding-logo-panel");
  await logoPanel.getByLabel("Logo-Datei").setInputFiles({ name: "logo.svg", mimeType: "image/svg+xml", buffer: LOGO_SVG });
  await logoPanel.getByRole("button", { name: "Hochladen" }).click();
  await expect(page.getByText("Das Logo wurde gespeichert.")).toBeVisible();
  await expect(page.getByTestId("branding-logo-current")).toBeVisible();

  // A visitor of the demo login page sees the new brand.
  const visitor = await browser.newContext();
  const customer = await visitor.newPage();
  await customer.goto(tenantUrl("demo", "/login"));
  expect(await brandPrimary(customer)).toBe(NEW_PRIMARY);
  await expect(customer.getByRole("button", { name: "Anmelden" })).toHaveCSS("background-color", NEW_PRIMARY_RGB);
  const demoLogo = await expectLogoLoaded(customer, customer.locator("main"), DEMO_NAME);
  expect(demoLogo).toMatch(/^\/branding\/logo\?v=[0-9a-f]+$/);

  // …and so does the customer inside the portal.
  await signIn(customer, "demo", "kunde@demo.example");
  await expectSignedInAt(customer, "/portal");
  const header = customer.getByRole("banner");
  await expect(header).toHaveCSS("background-color", NEW_PRIMARY_RGB);
  await expectLogoLoaded(customer, customer.getByTestId("app-header-home"), DEMO_NAME);
  await visitor.close();

  // The second tenant keeps its own colour and logo.
  const nordVisitor = await browser.newContext();
  const nord = await nordVisitor.newPage();
  await nord.goto(tenantUrl("nord", "/login"));
  expect(await brandPrimary(nord)).toBe("#0f766e");
  await expect(nord.getByRole("img", { name: DEMO_NAME })).toHaveCount(0);
  const nordLogo = await expectLogoLoaded(nord, nord.locator("main"), NORD_NAME);
  expect(nordLogo).not.toBe(demoLogo);
  await nordVisitor.close();
});

test("the imprint is one click away from the login page", async ({ page }) => {
  await page.goto(tenantUrl("demo", "/login"));
  await page.getByTestId("footer-imprint").click();
  await expect(page).toHaveURL(/\/impressum$/);
  await expect(page.getByTestId("legal-public-heading")).toHaveText("Impressum");
  await expect(page.getByTestId("legal-public-text")).toContainText("Leopoldstraße 100");
  await page.getByTestId("footer-privacy").click();
  await expect(page.getByTestId("legal-public-heading")).toHaveText("Datenschutzerklärung");
});
