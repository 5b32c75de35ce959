import { describe, expect, it } from "vitest";
import type { SessionClaims } from "@/lib/auth/session-claims";
import { isSessionAlive } from "@/lib/auth/session-lifetime";

const T = 1_800_000_000;
const claims = (over: Partial<SessionClaims>): SessionClaims => ({
  userId: "00000000-0000-4000-8000-000000000001",
  tenantId: "00000000-0000-4000-8000-000000000002",
  kind: "CUSTOMER",
  sessionVersion: 1,
  authTime: T,
  lastSeen: T,
  remember: false,
  ...over,
});
const min = 60;
const hour = 60 * min;
const limits = (sessionIdleMinutes: number, sessionAbsoluteHours = 24) => ({ sessionIdleMinutes, sessionAbsoluteHours });

describe("session lifetime", () => {
  it("ends a session after the tenant's idle timeout", () => {
    expect(isSessionAlive(claims({}), limits(60), T + 59 * min)).toBe(true);
    expect(isSessionAlive(claims({}), limits(60), T + 61 * min)).toBe(false);
    expect(isSessionAlive(claims({}), limits(15), T + 16 * min)).toBe(false);
  });

  it("ends an active session after 24 hours", () => {
    expect(isSessionAlive(claims({ lastSeen: T + 24 * hour }), limits(60), T + 24 * hour + min)).toBe(false);
    expect(isSessionAlive(claims({ lastSeen: T + 23 * hour }), limits(60), T + 23 * hour + min)).toBe(true);
  });

  it("keeps a customer who chose 'stay signed in' for 30 days without idle timeout", () => {
    const remembered = claims({ remember: true });
    expect(isSessionAlive(remembered, limits(60), T + 29 * 24 * hour)).toBe(true);
    expect(isSessionAlive(remembered, limits(60), T + 31 * 24 * hour)).toBe(false);
  });

  it("never gives staff the long session", () => {
    expect(isSessionAlive(claims({ kind: "STAFF", remember: true }), limits(60), T + 2 * hour)).toBe(false);
  });

  it("refuses sessions issued in the future", () => {
    expect(isSessionAlive(claims({ authTime: T + hour }), limits(60), T)).toBe(false);
  });
});
