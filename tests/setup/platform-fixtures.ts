// Platform operators for the platform-* integration tests: an enrolled operator with a known TOTP
// secret, and the context a signed-in operator gets on the platform host (same path as a request).
import { generate, generateSecret } from "otplib";
import { hashPassword } from "@/lib/auth/password";
import { encryptSecret } from "@/lib/auth/secret-box";
import { epochSeconds } from "@/lib/auth/totp/totp-settings";
import { setClockOffset } from "@/lib/clock";
import { db } from "@/lib/db/client";
import { newPlatformSession } from "@/lib/platform/auth/platform-session";
import { operatorTotpContext } from "@/lib/platform/auth/operator-totp-context";
import { loadPlatformContext, type PlatformContext } from "@/lib/platform/platform-context";
import { TEST_PASSWORD, uniqueSuffix } from "./factories";

/** The platform host in tests (ROOT_DOMAIN=localhost). */
export const PLATFORM_HOST = "localhost";

/** An operator with a password and, unless `enrolled: false`, an active authenticator app. */
export async function createTestOperator(options: { enrolled?: boolean; disabled?: boolean } = {}) {
  const secret = generateSecret({ length: 20 });
  const email = `betrieb-${uniqueSuffix()}@plattform.example`;
  const operator = await db.platformOperator.create({
    data: {
      email,
      name: "Test-Betrieb",
      passwordHash: await hashPassword(TEST_PASSWORD),
      disabledAt: options.disabled ? new Date() : null,
    },
  });
  if (options.enrolled === false) return { ...operator, secret: null };
  await db.platformOperator.update({
    where: { id: operator.id },
    data: { totpSecret: encryptSecret(secret, operatorTotpContext(operator.id)), totpEnabledAt: new Date() },
  });
  return { ...operator, secret };
}

/** The code the operator's app shows at lib/clock's now (+ stepOffset steps). */
export function totpCode(secret: string, stepOffset = 0): Promise<string> {
  return generate({ secret, epoch: epochSeconds() + stepOffset * 30 });
}

const TOTP_STEP_MS = 30_000;

/**
 * Puts lib/clock 10 s into a TOTP step, so a test has 20 s before the code changes by itself.
 * Returns a function that moves the clock on; reset with setClockOffset(0) after the test.
 */
export function clockInTotpStep(): (ms: number) => void {
  let offset = Math.ceil(Date.now() / TOTP_STEP_MS) * TOTP_STEP_MS + 10_000 - Date.now();
  setClockOffset(offset);
  return (ms) => {
    offset += ms;
    setClockOffset(offset);
  };
}

/** The context of an operator who signed in just now, on `host` (the platform host by default). */
async function platformContextFor(operatorId: string, host = PLATFORM_HOST): Promise<PlatformContext | null> {
  const operator = await db.platformOperator.findUniqueOrThrow({ where: { id: operatorId } });
  return loadPlatformContext({ host, sessionCookie: await newPlatformSession(operator) });
}

/** Like platformContextFor, for tests that need a context. */
export async function signedInOperator(): Promise<PlatformContext> {
  const operator = await createTestOperator();
  const ctx = await platformContextFor(operator.id);
  if (!ctx) throw new Error("no platform context for the operator");
  return ctx;
}

/** What the operator types into "Neuen Mandanten anlegen" (unique slug and owner address). */
export function newTenantForm(overrides: Record<string, unknown> = {}) {
  const suffix = uniqueSuffix();
  return {
    slug: `makler-${suffix}`,
    firmName: `Berger Versicherungsmakler ${suffix}`,
    ownerFirstName: "Hanna",
    ownerLastName: "Berger",
    ownerEmail: `hanna.${suffix}@berger.example`,
    ownerMobile: "+49 171 5550123",
    locale: "de_DE",
    ...overrides,
  };
}
