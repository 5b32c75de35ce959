import { randomBytes } from "node:crypto";
import { hashPassword } from "@/lib/auth/password";
import type { Prisma, ReleaseLevel } from "@/lib/db/generated/client";
import { PortalModule } from "@/lib/db/generated/enums";
import { DEFAULT_STAFF_ROLES } from "./staff-roles";
import { uuidv7 } from "./uuid-v7";

const MODULES = Object.values(PortalModule);

/** One row per module; modules not named stay HIDDEN, so the release matrix is always complete. */
export function releaseRows(
  tenantId: string,
  customerId: string,
  levels: Partial<Record<PortalModule, ReleaseLevel>>,
): Prisma.ModuleReleaseCreateManyInput[] {
  return MODULES.map((module) => ({ tenantId, customerId, module, level: levels[module] ?? "HIDDEN" }));
}

/** The default role set with fresh ids; returns the rows and a key → id lookup. */
export function staffRoleRows(tenantId: string): { rows: Prisma.StaffRoleCreateManyInput[]; idOf: (key: string) => string } {
  const rows = DEFAULT_STAFF_ROLES.map((role) => ({ id: uuidv7(), tenantId, ...role }));
  return {
    rows,
    idOf(key) {
      const row = rows.find((r) => r.key === key);
      if (!row) throw new Error(`Unknown role ${key}`);
      return row.id;
    },
  };
}

/** An ACTIVE, verified account with an Argon2id hash of the demo password. */
export async function activeUser(
  input: Omit<Prisma.UserCreateManyInput, "passwordHash" | "status" | "emailVerifiedAt">,
  password: string,
): Promise<Prisma.UserCreateManyInput & { id: string }> {
  return {
    id: uuidv7(),
    ...input,
    email: input.email.toLowerCase(),
    passwordHash: await hashPassword(password),
    status: "ACTIVE",
    emailVerifiedAt: new Date(Date.UTC(2026, 0, 15, 9, 0)),
  };
}

/** Token a broker would publish as a DNS TXT record to prove a custom domain. */
export function domainVerificationToken(): string {
  return randomBytes(16).toString("hex");
}
