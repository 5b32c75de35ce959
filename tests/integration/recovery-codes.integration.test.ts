import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { consumeRecoveryCode, countUnusedRecoveryCodes, generateRecoveryCodes } from "@/lib/auth/recovery-codes";
import { createStaff, createTenant } from "../setup/factories";

const FORMAT = /^[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{2}$/;

async function staffWithCodes() {
  const tenant = await createTenant();
  const staff = await createStaff(tenant.id, { role: "advisor" });
  const codes = await db.$transaction((tx) => generateRecoveryCodes(tx, { tenantId: tenant.id, userId: staff.id }));
  return { tenant, staff, codes, who: { tenantId: tenant.id, userId: staff.id } };
}

describe("recovery codes", () => {
  it("generates ten distinct codes in an unambiguous format and stores only hashes", async () => {
    const { staff, codes } = await staffWithCodes();
    expect(codes).toHaveLength(10);
    expect(new Set(codes).size).toBe(10);
    for (const code of codes) expect(code).toMatch(FORMAT);
    const rows = await db.recoveryCode.findMany({ where: { userId: staff.id } });
    expect(rows).toHaveLength(10);
    const stored = rows.map((r) => r.codeHash);
    for (const code of codes) {
      expect(stored).not.toContain(code);
      expect(stored.some((hash) => hash.includes(code.replace(/-/g, "")))).toBe(false);
      // not a plain SHA-256 of the code either: the user id is mixed in
      expect(stored).not.toContain(createHash("sha256").update(code.replace(/-/g, "")).digest("hex"));
    }
    expect(await db.auditLog.count({ where: { entityId: staff.id, action: "auth.recovery_codes_generated" } })).toBe(1);
  });

  it("accepts a code once and refuses its second use", async () => {
    const { staff, codes, who } = await staffWithCodes();
    const code = codes[3] ?? "";
    expect(await consumeRecoveryCode(db, { ...who, code })).toBe(true);
    expect(await consumeRecoveryCode(db, { ...who, code })).toBe(false);
    expect(await countUnusedRecoveryCodes(db, who)).toBe(9);
    const audit = await db.auditLog.findMany({ where: { entityId: staff.id, action: "auth.recovery_code_used" } });
    expect(audit).toHaveLength(1);
    expect(audit[0]?.data).toEqual({ remaining: 9 });
  });

  it("accepts a code typed in lower case without dashes", async () => {
    const { codes, who } = await staffWithCodes();
    const typed = ` ${(codes[0] ?? "").replace(/-/g, "").toLowerCase()} `;
    expect(await consumeRecoveryCode(db, { ...who, code: typed })).toBe(true);
  });

  it("lets only one of several simultaneous uses of the same code through", async () => {
    const { codes, who } = await staffWithCodes();
    const code = codes[5] ?? "";
    const results = await Promise.all(Array.from({ length: 4 }, () => consumeRecoveryCode(db, { ...who, code })));
    expect(results.filter(Boolean)).toHaveLength(1);
  });

  it("refuses wrong codes and codes of another user", async () => {
    const { tenant, codes } = await staffWithCodes();
    const colleague = await createStaff(tenant.id, { role: "advisor" });
    const who = { tenantId: tenant.id, userId: colleague.id };
    for (const code of ["", "AAAA-AAAA-AA", "0000-0000-00", "4F7K-9QXM-2B-XX", codes[0] ?? ""]) {
      expect(await consumeRecoveryCode(db, { ...who, code })).toBe(false);
    }
  });

  it("refuses a user id of another tenant and leaves the code usable", async () => {
    const { staff, codes, who } = await staffWithCodes();
    const other = await createTenant();
    const code = codes[1] ?? "";
    expect(await consumeRecoveryCode(db, { tenantId: other.id, userId: staff.id, code })).toBe(false);
    await expect(db.$transaction((tx) => generateRecoveryCodes(tx, { tenantId: other.id, userId: staff.id }))).rejects.toThrow();
    expect(await consumeRecoveryCode(db, { ...who, code })).toBe(true);
  });

  it("invalidates all old codes on regeneration", async () => {
    const { staff, codes, who } = await staffWithCodes();
    const fresh = await db.$transaction((tx) => generateRecoveryCodes(tx, who));
    expect(fresh.some((code) => codes.includes(code))).toBe(false);
    for (const code of codes) expect(await consumeRecoveryCode(db, { ...who, code })).toBe(false);
    expect(await consumeRecoveryCode(db, { ...who, code: fresh[0] ?? "" })).toBe(true);
    const audit = await db.auditLog.findMany({
      where: { entityId: staff.id, action: "auth.recovery_codes_generated" },
      orderBy: { createdAt: "asc" },
    });
    expect(audit.map((a) => a.data)).toEqual([
      { count: 10, replaced: 0 },
      { count: 10, replaced: 10 },
    ]);
  });
});
