const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

// DNS changes usually show within minutes, sometimes only after hours: look soon, then less often.
const FIRST_DELAYS = [5 * MINUTE, 15 * MINUTE, HOUR];
const LATER_DELAY = 6 * HOUR;
/** After this long without success the worker stops; the broker checks by hand ("Jetzt prüfen"). */
const GIVE_UP_AFTER_MS = 7 * 24 * HOUR;

const delayAt = (index: number) => FIRST_DELAYS[index] ?? LATER_DELAY;

/**
 * When the worker looks next, after `checks` automatic checks since the domain was added or last
 * checked by hand: 5 min, 15 min, 1 h, then every 6 h — null once that would pass 7 days.
 */
export function nextAutomaticCheck(checks: number, now: Date): Date | null {
  let elapsed = 0;
  for (let i = 0; i < checks; i++) elapsed += delayAt(i);
  const delay = delayAt(checks);
  return elapsed + delay > GIVE_UP_AFTER_MS ? null : new Date(now.getTime() + delay);
}

/** A verified domain is looked at once a day: a lapsed or moved domain must not keep receiving links. */
export const VERIFIED_RECHECK_MS = 24 * HOUR;
/** After this many daily checks in a row that find the records gone, the domain is switched off. */
export const LAPSE_LIMIT = 3;

export const nextVerifiedCheck = (now: Date) => new Date(now.getTime() + VERIFIED_RECHECK_MS);
