// The one source of "now" for expiry rules (codes, invitations, sessions), so tests can move time.
// Integration tests call setClockOffset(); the production server never does. e2e tests age rows
// in the database instead of moving the server's clock.
let offsetMs = 0;
let frozenAt: number | null = null;

export function now(): Date {
  return new Date((frozenAt ?? Date.now()) + offsetMs);
}

/** Stops time (tests whose loops must not depend on how fast the machine is); null releases it. */
export function freezeClock(at: Date | null): void {
  if (process.env.NODE_ENV === "production") throw new Error("The clock cannot be frozen in production");
  frozenAt = at ? at.getTime() : null;
}

export function setClockOffset(ms: number): void {
  if (process.env.NODE_ENV === "production") throw new Error("The clock cannot be moved in production");
  offsetMs = ms;
}
