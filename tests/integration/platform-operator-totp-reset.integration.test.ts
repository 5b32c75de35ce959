import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { checkOperatorPassword } from "@/lib/platform/auth/check-operator-password";
import { newPlatformSession } from "@/lib/platform/auth/platform-session";
import { resetOperatorTotp } from "@/lib/platform/auth/reset-operator-totp";
import { loadPlatformContext } from "@/lib/platform/platform-context";
import { TEST_PASSWORD } from "../setup/factories";
import { createTestOperator, PLATFORM_HOST } from "../setup/platform-fixtures";

describe("resetting a lost authenticator app (npm run platform:operator -- --reset-totp)", () => {
  it("removes the app, ends open sessions and makes the next sign-in set up a new app", async () => {
    const operator = await createTestOperator();
    const session = await newPlatformSession(operator);
    expect(await loadPlatformContext({ host: PLATFORM_HOST, sessionCookie: session })).not.toBeNull();

    expect(await resetOperatorTotp(` ${operator.email.toUpperCase()} `)).toEqual({ id: operator.id });
    const row = await db.platformOperator.findUniqueOrThrow({ where: { id: operator.id } });
    expect(row).toMatchObject({ totpSecret: null, totpEnabledAt: null, totpLastUsedStep: null });
    expect(row.sessionVersion).toBe(operator.sessionVersion + 1);
    expect(await loadPlatformContext({ host: PLATFORM_HOST, sessionCookie: session })).toBeNull();
    expect(await checkOperatorPassword({ email: operator.email, password: TEST_PASSWORD })).toMatchObject({
      ok: true,
      next: "enrol",
    });

    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "platform.operatorTotpReset", entityId: operator.id } });
    expect(audit).toMatchObject({ tenantId: null, actorUserId: null, data: { operatorId: operator.id } });
  });

  it("changes nothing for an address no operator has", async () => {
    const operator = await createTestOperator();
    expect(await resetOperatorTotp("niemand@plattform.example")).toBeNull();
    expect((await db.platformOperator.findUniqueOrThrow({ where: { id: operator.id } })).totpEnabledAt).not.toBeNull();
  });
});
