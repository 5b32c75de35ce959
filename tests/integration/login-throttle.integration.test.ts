import { afterEach, describe, expect, it } from "vitest";
import { authenticateWithPassword } from "@/lib/auth/authenticate-with-password";
import { freezeClock, setClockOffset } from "@/lib/clock";
import { db } from "@/lib/db/client";
import { createCustomer, createCustomerUser, createTenant } from "../setup/factories";

const PASSWORD = "Sehr-sicheres-Passwort-1";

async function tenantWithAccount() {
  const tenant = await createTenant();
  const customer = await createCustomer(tenant.id);
  const user = await createCustomerUser(tenant.id, customer.id, { password: PASSWORD });
  return { tenant, user };
}

const attempt = (tenantId: string, identifier: string, password: string, ip = "203.0.113.7") =>
  authenticateWithPassword({ tenantId, identifier, password, ip, userAgent: "vitest" });

let offset = 0;
function advance(seconds: number) {
  offset += seconds * 1000;
  setClockOffset(offset);
}
afterEach(() => {
  offset = 0;
  setClockOffset(0);
  freezeClock(null);
});

describe("login throttling", () => {
  it("slows a 100-attempt brute-force loop to a handful of password checks", async () => {
    const { tenant, user } = await tenantWithAccount();
    freezeClock(new Date());
    const results = [];
    for (let i = 0; i < 100; i++) results.push(await attempt(tenant.id, user.email, `falsch-${i}-passwort`, `198.51.100.${i}`));
    const checked = results.filter((r) => !r.ok && r.reason === "invalid").length;
    expect(checked).toBeLessThanOrEqual(4);
    expect(results.at(-1)).toMatchObject({ ok: false, reason: "throttled" });
    // Even the right password is not checked while the account is throttled.
    expect(await attempt(tenant.id, user.email, PASSWORD)).toMatchObject({ ok: false, reason: "throttled" });
  });

  it("allows fewer than 20 guesses an hour against one account even when the attacker waits out every delay", async () => {
    const { tenant, user } = await tenantWithAccount();
    let checked = 0;
    let elapsed = 0;
    while (elapsed < 3600) {
      const r = await attempt(tenant.id, user.email, "falsches-passwort-xyz", `192.0.2.${checked % 250}`);
      if (!r.ok && r.reason === "throttled") {
        advance(r.retryAfterSeconds);
        elapsed += r.retryAfterSeconds;
      } else checked++;
    }
    expect(checked).toBeGreaterThan(3);
    expect(checked).toBeLessThan(20);
  });

  it("throttles unknown and known accounts identically", async () => {
    const { tenant, user } = await tenantWithAccount();
    const outcomes = async (identifier: string, ipPrefix: string) => {
      const seen: string[] = [];
      for (let i = 0; i < 8; i++) {
        const r = await attempt(tenant.id, identifier, "falsch-falsch-1", `${ipPrefix}.${i}`);
        seen.push(r.ok ? "ok" : r.reason === "throttled" ? `throttled:${r.retryAfterSeconds}` : r.reason);
      }
      return seen;
    };
    expect(await outcomes(user.email, "192.0.2")).toEqual(await outcomes("niemand@example.org", "198.51.100"));
  });

  it("sends the account owner one lockout notice and records it in the audit log", async () => {
    const { tenant, user } = await tenantWithAccount();
    let checked = 0;
    for (let i = 0; checked < 12 && i < 50; i++) {
      const r = await attempt(tenant.id, user.email, "falsches-passwort-abc", `192.0.2.${100 + i}`);
      if (!r.ok && r.reason === "throttled") advance(r.retryAfterSeconds);
      else checked++;
    }
    const mails = await db.outboxMessage.findMany({ where: { tenantId: tenant.id, recipient: user.email } });
    expect(mails).toHaveLength(1);
    expect(JSON.stringify(mails[0]!.payload)).toContain("fehlgeschlagene Anmeldeversuche");
    expect(JSON.stringify(mails[0]!.payload)).not.toContain("falsches-passwort");
    expect(await db.auditLog.count({ where: { tenantId: tenant.id, action: "auth.lockout", actorUserId: user.id } })).toBe(1);
  });

  it("stops password spraying from one address across many accounts", async () => {
    const { tenant } = await tenantWithAccount();
    const results = [];
    for (let i = 0; i < 25; i++)
      results.push(await attempt(tenant.id, `opfer-${i}@example.org`, "Sommer2026!!", "198.51.100.99"));
    expect(results.slice(0, 20).every((r) => !r.ok && r.reason === "invalid")).toBe(true);
    expect(results.at(-1)).toMatchObject({ ok: false, reason: "throttled" });
  });

  it("clears the account's failures after a successful sign-in", async () => {
    const { tenant, user } = await tenantWithAccount();
    for (let i = 0; i < 3; i++) await attempt(tenant.id, user.email, "falsch-falsch-2");
    expect(await attempt(tenant.id, user.email, PASSWORD)).toMatchObject({ ok: true });
    for (let i = 0; i < 3; i++)
      expect(await attempt(tenant.id, user.email, "falsch-falsch-3", `192.0.2.${200 + i}`)).toEqual({
        ok: false,
        reason: "invalid",
      });
  });
});
