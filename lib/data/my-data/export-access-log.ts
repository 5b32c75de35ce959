import "server-only";
import type { Translator } from "../../i18n/translator-for";
import { EXPORT_LIMIT, iso, type CustomerContext } from "./export-values";
import { accessLogRows } from "./list-access-log";

/** "Wer hat auf meine Daten zugegriffen?" in full (capped), each entry with its label in the account's language. */
export async function exportAccessLog(ctx: CustomerContext, t: Translator) {
  const entries = await accessLogRows(ctx, { take: EXPORT_LIMIT });
  return entries.map((e) => ({
    at: iso(e.at),
    staffMember: e.staffName,
    action: e.action,
    description: accessLabel(t, e.action),
    ...(e.fields.length ? { fields: e.fields } : {}),
  }));
}

/** The audit catalogue's label ("Kundenakte geöffnet"), or the generic one for actions it does not know. */
export function accessLabel(t: Translator, action: string): string {
  const key = `audit.actions.${action.replace(".", "_")}`;
  const loose = t as unknown as { (key: string): string; has(key: string): boolean };
  return loose.has(key) ? loose(key) : loose("myData.accessLog.genericAction");
}
