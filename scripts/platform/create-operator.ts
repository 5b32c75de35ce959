// `npm run platform:operator -- <email> "<name>"`: creates a platform operator and prints a random
// initial password once. The operator sets up the authenticator app at the first sign-in on
// <PUBLIC_PROTOCOL>://<ROOT_DOMAIN>/admin/login; nothing is stored in plain text.
import { randomBytes } from "node:crypto";
import { db } from "@/lib/db/client";
import { serverEnv } from "@/lib/env";
import { createOperator } from "@/lib/platform/auth/create-operator";

const [email, name] = process.argv.slice(2);

try {
  if (!email || !name) {
    console.error('Aufruf: npm run platform:operator -- <email> "<Name>"');
    process.exitCode = 2;
  } else {
    // 144 random bits, base64url: 24 characters without ambiguous separators
    const password = randomBytes(18).toString("base64url");
    const created = await createOperator({ email, name, password });
    if (!created) {
      console.error(`Es gibt bereits einen Betreiber mit der Adresse ${email.trim().toLowerCase()}. Nichts geändert.`);
      process.exitCode = 1;
    } else {
      const env = serverEnv();
      console.log(`Betreiber angelegt: ${email.trim().toLowerCase()}`);
      console.log(`Erstes Passwort (wird nur jetzt angezeigt): ${password}`);
      console.log(
        `Anmeldung: ${env.PUBLIC_PROTOCOL}://${env.ROOT_DOMAIN}/admin/login — beim ersten Mal wird die Authenticator-App eingerichtet.`,
      );
    }
  }
} catch (error) {
  console.error("Fehlgeschlagen:", error instanceof Error ? error.message : error);
  process.exitCode = 1;
} finally {
  await db.$disconnect();
}
