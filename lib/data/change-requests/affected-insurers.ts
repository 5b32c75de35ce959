import "server-only";
import { createHash } from "node:crypto";
import { db } from "../../db/client";

export type AffectedInsurer = {
  /** Stable key for the download URL: "i-<insurer id>" for catalogue insurers, "n-<hash>" for free text. */
  key: string;
  name: string;
  policyNumbers: string[];
  contractCount: number;
};

const nameKey = (name: string) => `n-${createHash("sha256").update(name.trim().toLowerCase()).digest("hex").slice(0, 16)}`;

/**
 * The distinct insurers of a customer's running contracts (not deleted, ACTIVE or PENDING): the
 * catalogue insurer, or the free-text name of a contract without one (same name in any case = one
 * insurer). Sorted by name, policy numbers in natural order.
 */
export async function affectedInsurers(tenantId: string, customerId: string): Promise<AffectedInsurer[]> {
  const contracts = await db.contract.findMany({
    where: { tenantId, customerId, deletedAt: null, status: { in: ["ACTIVE", "PENDING"] } },
    // oldest first: of several spellings of a free-text insurer, the first one entered names the letter
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: { policyNumber: true, insurerName: true, insurer: { select: { id: true, name: true } } },
  });
  const byKey = new Map<string, AffectedInsurer>();
  for (const c of contracts) {
    const name = c.insurer?.name ?? c.insurerName?.trim();
    if (!name) continue;
    const key = c.insurer ? `i-${c.insurer.id}` : nameKey(name);
    const entry = byKey.get(key) ?? { key, name, policyNumbers: [], contractCount: 0 };
    entry.contractCount += 1;
    const policy = c.policyNumber?.trim();
    if (policy && !entry.policyNumbers.includes(policy)) entry.policyNumbers.push(policy);
    byKey.set(key, entry);
  }
  const collator = new Intl.Collator("de", { numeric: true });
  for (const entry of byKey.values()) entry.policyNumbers.sort(collator.compare);
  return [...byKey.values()].sort((a, b) => collator.compare(a.name, b.name));
}
