import "server-only";
import { z } from "zod";
import { actorAudit } from "../../audit/actor-audit";
import { writeAudit } from "../../audit/write-audit";
import { now } from "../../clock";
import { db } from "../../db/client";
import { localeFromDb, type AppLocale } from "../../i18n/locales";
import type { ChangeNoticeData } from "../../notices/change-notice-text";
import { readChangeValues } from "../../validation/change-request";
import { requireStaff } from "../context/access-error";
import type { RequestContext } from "../context/types";
import { affectedInsurers } from "./affected-insurers";
import { NOTICE_KINDS } from "./get-change-request";
import { changeRequestWritableWhere, mayReview } from "./review-access";

export type ChangeNotices = { locale: AppLocale; letters: ChangeNoticeData[] };

const params = z.object({
  id: z.uuid(),
  insurer: z
    .string()
    .regex(/^(i-[0-9a-f-]{36}|n-[0-9a-f]{16})$/)
    .optional(),
});

/**
 * The insurer letters of an APPLIED address or bank change: one per insurer, or just the one asked
 * for (`insurer` = key from affected-insurers.ts). Same access as applying; null for anything not
 * accessible, not applied, or of another kind (one answer, so nothing can be probed). Each download
 * is audited with the number of letters, never their content.
 */
export async function loadChangeNotices(
  ctx: RequestContext | null,
  input: { id: string; insurer?: string },
): Promise<ChangeNotices | null> {
  requireStaff(ctx);
  const parsed = params.safeParse(input);
  if (!parsed.success) return null;
  const tenantId = ctx.tenant.id;
  const row = await db.changeRequest.findFirst({
    where: { AND: [changeRequestWritableWhere(ctx), { id: parsed.data.id, status: "APPLIED" }] },
    select: {
      id: true,
      kind: true,
      payload: true,
      previous: true,
      reviewedAt: true,
      customer: {
        select: { id: true, kind: true, firstName: true, lastName: true, companyName: true, title: true, birthDate: true },
      },
    },
  });
  if (!row || !NOTICE_KINDS.includes(row.kind) || !mayReview(ctx.actor.role.rights, row.kind)) return null;
  const requested = readChangeValues(row.kind, row.payload);
  const previous = readChangeValues(row.kind, row.previous);
  if (!requested) return null;

  const insurers = (await affectedInsurers(tenantId, row.customer.id)).filter(
    (i) => !parsed.data.insurer || i.key === parsed.data.insurer,
  );
  if (insurers.length === 0) return null;
  const tenant = await db.tenant.findUniqueOrThrow({
    where: { id: tenantId },
    select: {
      name: true,
      legalName: true,
      street: true,
      postalCode: true,
      city: true,
      contactPhone: true,
      contactEmail: true,
      locale: true,
    },
  });
  const c = row.customer;
  const customerName =
    c.kind === "COMPANY" ? (c.companyName ?? "—") : [c.title, c.firstName, c.lastName].filter(Boolean).join(" ") || "—";
  const date = now();
  const letters: ChangeNoticeData[] = insurers.map((insurer) => ({
    kind: row.kind as ChangeNoticeData["kind"],
    broker: {
      name: tenant.legalName ?? tenant.name,
      street: tenant.street,
      postalCode: tenant.postalCode,
      city: tenant.city,
      phone: tenant.contactPhone,
      email: tenant.contactEmail,
    },
    insurer: { name: insurer.name, policyNumbers: insurer.policyNumbers },
    customer: { name: customerName, birthDate: c.kind === "PERSON" ? c.birthDate : null },
    previousAddress: previous?.kind === "ADDRESS" ? previous.value : null,
    newAddress: requested.kind === "ADDRESS" ? requested.value : null,
    newBank: requested.kind === "BANK_ACCOUNT" ? requested.value : null,
    validFrom: row.reviewedAt ?? date,
    date,
  }));
  await writeAudit({
    ...actorAudit(ctx),
    action: "changeRequest.noticeDownloaded",
    entityType: "ChangeRequest",
    entityId: row.id,
    customerId: c.id,
    data: { kind: row.kind, letters: letters.length, all: !parsed.data.insurer },
  });
  return { locale: localeFromDb(tenant.locale), letters };
}
