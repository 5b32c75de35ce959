/**
 * Logins created by the demo seed (printed by `npm run dev` / `npm run db:seed`). All share one
 * password — 19 characters, no composition rules needed (security.md 6). `.example` domains are
 * reserved (RFC 2606), so no real inbox can ever receive these mails.
 * Open http://demo.localhost:3000 and http://nord.localhost:3000.
 */
export const DEMO_PASSWORD = "Demo-Passwort-2026!";

/**
 * The demo platform operator (dev/demo seed only, never a migration): sign in at
 * http://localhost:3000/admin/login; the first sign-in sets up the authenticator app.
 * Kept here, free of database imports, because the start banner prints it before the server's env is set.
 */
export const DEMO_OPERATOR = { email: "betrieb@plattform.example", name: "Plattform-Betrieb (Demo)", password: DEMO_PASSWORD };

export const DEMO_LOGINS: { tenant: string; role: string; email: string; password: string }[] = [
  { tenant: "demo", role: "Inhaberin (owner)", email: "inhaber@demo.example", password: DEMO_PASSWORD },
  { tenant: "demo", role: "Berater (advisor)", email: "berater@demo.example", password: DEMO_PASSWORD },
  { tenant: "demo", role: "Innendienst (backoffice)", email: "innendienst@demo.example", password: DEMO_PASSWORD },
  { tenant: "demo", role: "Kunde – Max Mustermann (customer)", email: "kunde@demo.example", password: DEMO_PASSWORD },
  {
    tenant: "demo",
    role: "Muster Logistik AG – Laura Becker (user manager)",
    email: "firma@demo.example",
    password: DEMO_PASSWORD,
  },
  {
    tenant: "demo",
    role: "Muster Logistik AG – Stefan Krüger (full access + group)",
    email: "cfo@demo.example",
    password: DEMO_PASSWORD,
  },
  { tenant: "nord", role: "Inhaber (owner)", email: "inhaber@nord.example", password: DEMO_PASSWORD },
  { tenant: "nord", role: "Kundin – Jana Hansen (customer)", email: "kunde@nord.example", password: DEMO_PASSWORD },
];
