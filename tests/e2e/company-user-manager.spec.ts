import { randomUUID } from "node:crypto";
import { expect, test } from "@playwright/test";
import { expectSignedInAt, signIn } from "./helpers";
import { codeIn, EMAIL_CODE, enterCode, inviteLink, SMS_CODE, waitForMessage } from "./mailbox";

const NEW_PASSWORD = "Sattelzug-Kompass-Regen-58";

test("the user manager of Muster Logistik AG gives a new fleet manager an account that sees only motor contracts and vehicles", async ({
  browser,
}) => {
  const suffix = randomUUID().slice(0, 6);
  const lastName = `Flotte${suffix}`;
  const email = `fuhrpark-${suffix}@muster-logistik.example`;
  const mobile = `+49176${String(Number.parseInt(suffix, 16) % 10_000_000).padStart(7, "0")}`;

  // The user manager (seeded: Laura Becker) creates the contact …
  const managerContext = await browser.newContext();
  const manager = await managerContext.newPage();
  await signIn(manager, "demo", "firma@demo.example");
  await expectSignedInAt(manager, "/portal");
  await manager.getByRole("link", { name: "Kontakte", exact: true }).first().click();
  await expect(manager.getByRole("heading", { name: "Kontakte & Portalkonten" })).toBeVisible();
  await manager.getByRole("link", { name: "Neuer Kontakt" }).click();
  const form = manager.getByTestId("company-contact-form");
  await form.getByLabel("Vorname").fill("Tom");
  await form.getByLabel("Nachname").fill(lastName);
  await form.getByLabel("Funktion").fill("Disposition Fuhrpark");
  await form.getByLabel("E-Mail").fill(email);
  await form.getByLabel("Mobil").fill(mobile);
  await form.getByRole("button", { name: "Kontakt anlegen" }).click();

  // … and its portal account with the fleet manager role only.
  const panel = manager.getByTestId("company-account-panel");
  await expect(panel).toHaveAttribute("data-account-status", "NONE");
  // what the broker did not allow cannot be handed out
  await expect(panel.getByTestId("company-role-FULL_ACCESS")).toHaveCount(0);
  await panel.getByTestId("company-role-FLEET_MANAGER").check();
  await panel.getByRole("button", { name: "Portalkonto erstellen" }).click();
  await expect(panel).toHaveAttribute("data-account-status", "INVITED");
  await managerContext.close();

  // The new user registers through the invitation (e-mail code, SMS code, password).
  const context = await browser.newContext();
  const mailbox = await context.newPage();
  const page = await context.newPage();
  await page.goto(await inviteLink(mailbox, email));
  await page.getByRole("button", { name: /^Code an .+ senden/ }).click();
  await enterCode(page, codeIn(await waitForMessage(mailbox, email, EMAIL_CODE)));
  await page.getByRole("button", { name: /^Code an .+ senden/ }).click();
  await enterCode(page, codeIn(await waitForMessage(mailbox, mobile, SMS_CODE)));
  await page.locator("#password").fill(NEW_PASSWORD);
  await page.locator("#passwordRepeat").fill(NEW_PASSWORD);
  await page.getByRole("button", { name: "Registrierung abschließen" }).click();
  await expectSignedInAt(page, "/portal");

  // Policies: only the fleet policy — not the liability, D&O, pension or building policies.
  await page.goto(page.url().replace(/\/portal.*$/, "/portal/contracts"));
  const main = page.getByRole("main");
  await expect(main.getByRole("heading", { name: "Versicherungen 1 Vertrag" })).toBeVisible();
  await expect(main.getByText("FL-70-556677").filter({ visible: true }).first()).toBeVisible();
  for (const other of ["BHV 400 902 331", "DO-01-2288731", "BAV-GV-2019-0042", "FEU 3319 440 02", "VH 3320 117 55"])
    await expect(main.getByText(other)).toHaveCount(0);

  // Objects: the three vehicles, not the hall or the forklift.
  await page.goto(page.url().replace(/\/portal.*$/, "/portal/objects"));
  for (const plate of ["M-LG 101", "M-LG 102", "M-LG 210"])
    await expect(main.getByText(plate).filter({ visible: true }).first()).toBeVisible();
  // every listed object is a vehicle
  const rows = main.getByTestId("object-row").filter({ visible: true });
  await expect(rows).toHaveCount(3);
  for (const row of await rows.all()) await expect(row).toHaveAttribute("data-kind", "VEHICLE");
  for (const other of ["Lagerhalle Garching", "Linde H50 Gabelstapler", "M-MM 1984"])
    await expect(main.getByText(other)).toHaveCount(0);
  await context.close();
});
