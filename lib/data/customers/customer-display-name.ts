type NameParts = { kind: "PERSON" | "COMPANY"; firstName: string | null; lastName: string | null; companyName: string | null };

export function customerDisplayName(c: NameParts): string {
  if (c.kind === "COMPANY") return c.companyName ?? "—";
  return [c.lastName, c.firstName].filter(Boolean).join(", ") || "—";
}
