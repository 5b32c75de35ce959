import "server-only";
import { db } from "../../db/client";
import type { OfficeContact } from "../../validation/tenant-settings";
import type { RequestContext } from "../context/types";
import { requireSettingsAdmin } from "../settings/require-settings-admin";

/** "Kontaktdaten Ihres Büros" as stored, for the form on Einstellungen → Allgemein; owner/admin only. */
export async function getOfficeContact(ctx: RequestContext | null): Promise<OfficeContact> {
  requireSettingsAdmin(ctx);
  const row = await db.tenant.findUniqueOrThrow({
    where: { id: ctx.tenant.id },
    select: {
      legalName: true,
      contactEmail: true,
      contactPhone: true,
      street: true,
      postalCode: true,
      city: true,
      country: true,
      officeHours: true,
    },
  });
  // the column is free text (default "DE"); the form offers Germany and Switzerland
  return { ...row, country: row.country === "CH" ? "CH" : "DE" };
}
