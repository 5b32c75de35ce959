import "server-only";
import { db } from "@/lib/db/client";
import { devTransportsActive } from "@/lib/env";

export type DevMessageDto = {
  id: string;
  channel: "EMAIL" | "SMS";
  recipient: string;
  subject: string | null;
  text: string;
  html: string | null;
  createdAt: Date;
  tenantSlug: string | null;
  tenantName: string | null;
};

export type DevMailbox = {
  messages: DevMessageDto[];
  tenants: { slug: string; name: string; count: number }[];
  /** slug of the active filter, null when showing all */
  tenantFilter: string | null;
};

/**
 * Captured dev e-mails and SMS, newest first, optionally for one tenant. Only while the dev
 * transports are active: with a real provider configured the table is not written and this
 * refuses, so a misrouted request in production can never read codes from it.
 */
export async function listDevMessages(options: { tenantSlug?: string | null; limit?: number } = {}): Promise<DevMailbox> {
  if (!devTransportsActive()) throw new Error("Dev transports are not active");
  const limit = Math.min(Math.max(options.limit ?? 200, 1), 500);

  const counts = await db.devMessage.groupBy({ by: ["tenantId"], _count: { _all: true } });
  const tenantIds = counts.map((c) => c.tenantId).filter((id): id is string => id !== null);
  const tenantRows = tenantIds.length
    ? await db.tenant.findMany({ where: { id: { in: tenantIds } }, select: { id: true, slug: true, name: true } })
    : [];
  const byId = new Map(tenantRows.map((t) => [t.id, t]));

  const filterTenant = options.tenantSlug ? tenantRows.find((t) => t.slug === options.tenantSlug) : undefined;
  // An unknown slug filters to nothing rather than silently showing everything.
  const where = options.tenantSlug ? { tenantId: filterTenant?.id ?? "00000000-0000-0000-0000-000000000000" } : {};

  const rows = await db.devMessage.findMany({ where, orderBy: [{ createdAt: "desc" }, { id: "desc" }], take: limit });

  return {
    messages: rows.map((row) => {
      const tenant = row.tenantId ? byId.get(row.tenantId) : undefined;
      return {
        id: row.id,
        channel: row.channel,
        recipient: row.recipient,
        subject: row.subject,
        text: row.text,
        html: row.html,
        createdAt: row.createdAt,
        tenantSlug: tenant?.slug ?? null,
        tenantName: tenant?.name ?? null,
      };
    }),
    tenants: counts
      .flatMap((c) => {
        const tenant = c.tenantId ? byId.get(c.tenantId) : undefined;
        return tenant ? [{ slug: tenant.slug, name: tenant.name, count: c._count._all }] : [];
      })
      .sort((a, b) => a.name.localeCompare(b.name, "de")),
    tenantFilter: options.tenantSlug ? (filterTenant?.slug ?? options.tenantSlug) : null,
  };
}
