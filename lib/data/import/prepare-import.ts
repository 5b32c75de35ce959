import "server-only";
import { db } from "../../db/client";
import type { Prisma } from "../../db/generated/client";
import { checkMapping, type MappingProblem } from "../../import/check-mapping";
import { resolveMapping, storedMappingSchema, type ColumnMapping, type MappingOrigin } from "../../import/column-mapping";
import type { ImportField, ImportKind } from "../../import/import-fields";
import type { Msg } from "../../i18n/message-key";
import { lookupKeys } from "../../import/lookup-keys";
import { parseCsv, type ParsedCsv } from "../../import/parse-csv";
import { planImport, type ImportPlan } from "../../import/plan-import";
import { importRequest, type ImportRequest } from "../../validation/import";
import { importFieldsFor, type ImporterContext } from "./import-access";
import { loadCatalog, loadImportLookup } from "./load-import-lookup";

export type PreparedImport = {
  kind: ImportKind;
  source: string;
  csv: ParsedCsv;
  fields: ImportField[];
  mapping: ColumnMapping;
  origin: MappingOrigin;
  problems: MappingProblem[];
  /** the remembered mapping of this source and kind, if any */
  profileId: string | null;
};

/** Reads the file and settles the mapping (sent, remembered or suggested); nothing row by row yet. */
export async function prepareImport(
  ctx: ImporterContext,
  bytes: Uint8Array,
  input: ImportRequest,
): Promise<{ ok: true; prepared: PreparedImport } | { ok: false; error: Msg }> {
  const request = importRequest.safeParse(input);
  if (!request.success) return { ok: false, error: (request.error.issues[0]?.message ?? "common.errors.checkInput") as Msg };
  const { kind, source, mapping: given } = request.data;
  const parsed = parseCsv(bytes);
  if (!parsed.ok) return parsed;
  const profile = await db.importProfile.findFirst({
    where: { tenantId: ctx.tenant.id, kind, source: { equals: source, mode: "insensitive" } },
    select: { id: true, mapping: true },
  });
  const remembered = storedMappingSchema.safeParse(profile?.mapping);
  const fields = importFieldsFor(ctx, kind);
  const { mapping, origin } = resolveMapping(
    parsed.csv.headers,
    fields,
    given,
    remembered.success ? remembered.data.columns : null,
  );
  return {
    ok: true,
    prepared: {
      kind,
      source,
      csv: parsed.csv,
      fields,
      mapping,
      origin,
      problems: checkMapping(mapping, kind, fields),
      profileId: profile?.id ?? null,
    },
  };
}

/** The plan for a prepared file against the tenant's stored data, read through `client` (a transaction when importing). */
export async function planPreparedImport(
  client: Prisma.TransactionClient,
  ctx: ImporterContext,
  prepared: PreparedImport,
): Promise<ImportPlan> {
  const catalog = await loadCatalog(client, ctx.tenant.id);
  const lookup = await loadImportLookup(client, ctx, lookupKeys(prepared.csv, prepared.mapping, catalog), catalog);
  return planImport(prepared.csv, prepared.mapping, lookup, {
    kind: prepared.kind,
    actorId: ctx.actor.id,
    onlyOwnCustomers: ctx.actor.role.onlyOwnCustomers,
    canEditContactData: ctx.actor.role.rights.editContactData,
    defaultCountry: ctx.tenant.locale === "de_CH" ? "CH" : "DE",
  });
}
