import { verify } from "otplib";
import { epochSeconds, normalizeTotpCode, TOTP_PERIOD_SECONDS, TOTP_TOLERANCE_SECONDS } from "./totp-settings";

/**
 * The time step a code belongs to (current step ±1, at lib/clock's now), or null when it matches
 * none. Steps at or before `afterStep` are refused: that is how a used code stays used.
 */
export async function matchTotpCode(secret: string, code: string, afterStep?: number | null): Promise<number | null> {
  const token = normalizeTotpCode(code);
  if (!token) return null;
  const epoch = epochSeconds();
  // otplib throws when afterTimeStep lies beyond the window (clock set back); nothing can match then.
  const lastStepInWindow = Math.floor((epoch + TOTP_TOLERANCE_SECONDS) / TOTP_PERIOD_SECONDS);
  if (afterStep != null && afterStep >= lastStepInWindow) return null;
  const result = await verify({
    secret,
    token,
    period: TOTP_PERIOD_SECONDS,
    epoch,
    epochTolerance: TOTP_TOLERANCE_SECONDS,
    ...(afterStep != null ? { afterTimeStep: afterStep } : {}),
  });
  return result.valid && "timeStep" in result ? result.timeStep : null;
}
