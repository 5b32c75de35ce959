import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { generate } from "otplib";

// Staff enrol TOTP on their first sign-in in a run; later sign-ins need a code. The secrets and the
// last used time step live in a file so a restarted Playwright worker still knows them.
// scripts/e2e.ts deletes the file before each run (every run starts with a fresh database).
export const TOTP_STATE_FILE = path.join(import.meta.dirname, ".artifacts", "totp-state.json");
const FILE = TOTP_STATE_FILE;
type State = Record<string, { secret: string; lastStep: number }>;

const read = (): State => {
  try {
    return JSON.parse(readFileSync(FILE, "utf8")) as State;
  } catch {
    return {};
  }
};
const write = (state: State) => {
  mkdirSync(path.dirname(FILE), { recursive: true });
  writeFileSync(FILE, JSON.stringify(state));
};

export function hasTotp(identifier: string): boolean {
  return Boolean(read()[identifier]);
}

export function rememberTotp(identifier: string, secret: string) {
  write({ ...read(), [identifier]: { secret, lastStep: Math.floor(Date.now() / 30_000) } });
}

/** The next code the server will accept: each time step works once (replay protection), ±1 step tolerance. */
export async function nextTotpCode(identifier: string): Promise<string> {
  const state = read();
  const entry = state[identifier];
  if (!entry) throw new Error(`no TOTP secret known for ${identifier}`);
  let current = Math.floor(Date.now() / 30_000);
  while (entry.lastStep >= current + 1) {
    await new Promise((r) => setTimeout(r, (current + 1) * 30_000 - Date.now() + 200));
    current = Math.floor(Date.now() / 30_000);
  }
  const step = Math.max(current, entry.lastStep + 1);
  write({ ...state, [identifier]: { ...entry, lastStep: step } });
  return generate({ secret: entry.secret, epoch: step * 30 });
}
