import { DEMO_LOGINS, DEMO_OPERATOR } from "@/prisma/seed/demo-logins";

/** The "where do I click" text printed by npm run dev / npm start. */
export function banner(port: number, options: { demo: boolean; mailbox: boolean }): string {
  const base = (host: string) => `http://${host}:${port}`;
  const lines = ["", "──────────────────────────────── Maklerportal ────────────────────────────────"];
  if (options.demo) {
    lines.push(`  Makler „demo“:        ${base("demo.localhost")}`, `  Makler „nord“:        ${base("nord.localhost")}`);
  }
  lines.push(`  Plattform (Admin):    ${base("localhost")}/admin/login`);
  if (!options.demo) lines.push("  Mandanten:            http://<slug>.localhost:" + port + " (ohne Demo-Daten: SEED_DEMO=true)");
  if (options.mailbox)
    lines.push(`  Dev-Postfach:         ${base(options.demo ? "demo.localhost" : "<slug>.localhost")}/dev/mailbox`);
  if (options.demo) {
    lines.push("", "  Demo-Zugänge:");
    const width = Math.max(...DEMO_LOGINS.map((l) => l.email.length), DEMO_OPERATOR.email.length);
    for (const login of DEMO_LOGINS) {
      lines.push(`    ${login.tenant.padEnd(5)} ${login.email.padEnd(width)}  ${login.password}  ${login.role}`);
    }
    lines.push(`    admin ${DEMO_OPERATOR.email.padEnd(width)}  ${DEMO_OPERATOR.password}  Plattform-Betrieb`);
  }
  lines.push("──────────────────────────────────────────────────────────────────────────────", "");
  return lines.join("\n");
}
