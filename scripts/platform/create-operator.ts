// `npm run platform:operator -- <email> "<name>"`: creates a platform operator and prints a random
// initial password once. The operator sets up the authenticator app at the first sign-in on
// <PUBLIC_PROTOCOL>://<ROOT_DOMAIN>/admin/login; nothing is stored in plain text.
// `npm run platform:operator -- --reset-totp <email>`: for a lost authenticator app — removes it and
// ends the operator's sessions; the next sign-in sets up a new app.
import { randomBytes } from "node:crypto";
import { db } from "@/lib/db/client";
import { serverEnv } from "@/lib/env";
import { createOperator } from "@/lib/platform/auth/create-operator";
import { resetOperatorTotp } from "@/lib/platform/auth/reset-operator-totp";

const USAGE = [
  'Aufruf: npm run platform:operator -- <email> "<Name>"',
  "   oder: npm run platform:operator -- --reset-totp <email>",
].join("\n");

async function create(email: string, name: string) {
  // 144 random bits, base64url: 24 characters without ambiguous separators
  const password = randomBytes(18).toString("base64url");
  const created = await createOperator({ email, name, password });
  if (!created) {
    console.error(`Es gibt bereits einen Betreiber mit der Adresse ${email.trim().toLowerCase()}. Nichts geändert.`);
    process.exitCode = 1;
    return;
  }
  const env = serverEnv();
  console.log(`Betreiber angelegt: ${email.trim().toLowerCase()}`);
  console.log(`Erstes Passwort (wird nur jetzt angezeigt): ${password}`);
  console.log(
    `Anmeldung: ${env.PUBLIC_PROTOCOL}://${env.ROOT_DOMAIN}/admin/login — beim ersten Mal wird die Authenticator-App eingerichtet.`,
  );
}

async function resetTotp(email: string) {
  const address = email.trim().toLowerCase();
  if (!(await resetOperatorTotp(address))) {
    console.error(`Es gibt keinen Betreiber mit der Adresse ${address}. Nichts geändert.`);
    process.exitCode = 1;
    return;
  }
  console.log(`Authenticator-App von ${address} entfernt; alle Sitzungen dieses Betreibers sind beendet.`);
  console.log("Bei der nächsten Anmeldung (E-Mail und Passwort) wird die Authenticator-App neu eingerichtet.");
}

const args = process.argv.slice(2);

try {
  if (args[0] === "--reset-totp" && args[1] && args.length === 2) await resetTotp(args[1]);
  else if (args.length === 2 && !args[0]!.startsWith("--")) await create(args[0]!, args[1]!);
  else {
    console.error(USAGE);
    process.exitCode = 2;
  }
} catch (error) {
  console.error("Fehlgeschlagen:", error instanceof Error ? error.message : error);
  process.exitCode = 1;
} finally {
  await db.$disconnect();
}
