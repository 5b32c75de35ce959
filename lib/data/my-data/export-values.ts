import type { Prisma } from "../../db/generated/client";
import type { CustomerActor, RequestContext } from "../context/types";

/** The data export runs in the signed-in customer's own folder. */
export type CustomerContext = RequestContext & { actor: CustomerActor };

/** Enough for any real folder; the export must not become unbounded. */
export const EXPORT_LIMIT = 5000;

export const iso = (d: Date | null | undefined) => (d ? d.toISOString() : null);
/** Calendar dates (@db.Date) as YYYY-MM-DD. */
export const day = (d: Date | null | undefined) => (d ? d.toISOString().slice(0, 10) : null);
export const amount = (v: Prisma.Decimal | null | undefined) => (v ? v.toFixed(2) : null);

/** A record's reference to a contract: kept (with its policy number) only when the customer may see that contract. */
export type ContractRef = (id: string | null) => { contractId?: string; policyNumber?: string | null };
