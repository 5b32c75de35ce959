// Shared by the ticket write and security tests: an office with staff of every kind, customers with
// the COMMUNICATION module released, stored attachments, opened tickets and their rows. The texts are
// in ./ticket-texts.ts, the outbox readers in ./ticket-outbox.ts.
import { createHash } from "node:crypto";
import { afterEach, beforeAll } from "vitest";
import { freezeClock, setClockOffset } from "@/lib/clock";
import type { RequestContext } from "@/lib/data/context/types";
import { createTicket } from "@/lib/data/tickets/create-ticket";
import type { StoredAttachment } from "@/lib/data/tickets/types";
import { db } from "@/lib/db/client";
import { ensureBucket } from "@/lib/storage/ensure-bucket";
import { documentObjectKey } from "@/lib/storage/object-key";
import { putObject } from "@/lib/storage/put-object";
import type { NewTicketInput } from "@/lib/validation/ticket";
import { createStaff, createTenant, tinyPdf } from "./factories";
import { portalCustomer, type Releases } from "./portal-customer";
import { contextFor } from "./request-context";
import { BODY, SIGNATURE_HTML, SUBJECT } from "./ticket-texts";

export const WRITE: Releases = { COMMUNICATION: "WRITE", PROFILE: "READ" };

/** A tenant with owner, back office and two advisors (advisors see only their own customers). */
export async function ticketOffice() {
  const tenant = await createTenant({ emailSignatureHtml: SIGNATURE_HTML });
  const owner = await createStaff(tenant.id, { role: "owner" });
  const backoffice = await createStaff(tenant.id, { role: "backoffice" });
  const advisor = await createStaff(tenant.id, { role: "advisor" });
  const otherAdvisor = await createStaff(tenant.id, { role: "advisor" });
  return {
    tenant,
    owner,
    backoffice,
    advisor,
    otherAdvisor,
    ownerCtx: await contextFor(owner.id),
    backofficeCtx: await contextFor(backoffice.id),
    advisorCtx: await contextFor(advisor.id),
    otherAdvisorCtx: await contextFor(otherAdvisor.id),
  };
}

export type TicketOffice = Awaited<ReturnType<typeof ticketOffice>>;

/**
 * The hooks of a ticket test file: one office for all its tests (filled in before the first test,
 * hence returned empty here), the bucket for attachments, and a clock set back after every test.
 */
export function ticketOfficeSuite(): TicketOffice {
  const office = {} as TicketOffice;
  beforeAll(async () => {
    await ensureBucket();
    Object.assign(office, await ticketOffice());
  });
  afterEach(() => {
    freezeClock(null);
    setClockOffset(0);
  });
  return office;
}

/** A customer of `advisorId` with a portal login and the given releases (COMMUNICATION WRITE by default). */
export const ticketCustomer = (tenantId: string, advisorId: string | null, releases: Releases = WRITE) =>
  portalCustomer(tenantId, releases, { advisorId });

/** An attachment as the route hands it over: the object already in the customer's S3 prefix. */
export async function storedAttachment(tenantId: string, customerId: string, name = "Kündigung.pdf"): Promise<StoredAttachment> {
  const bytes = tinyPdf(name);
  const storageKey = documentObjectKey(tenantId, customerId);
  await putObject(storageKey, bytes, "application/pdf");
  return {
    fileName: name,
    title: name.replace(/\.[^.]+$/, ""),
    storageKey,
    contentType: "application/pdf",
    sizeBytes: bytes.length,
    sha256: createHash("sha256").update(bytes).digest("hex"),
  };
}

/** Opens a ticket and returns its id (fails the test when refused). */
export async function openTicket(ctx: RequestContext, input: Partial<NewTicketInput> = {}, attachments: StoredAttachment[] = []) {
  const result = await createTicket(ctx, { subject: SUBJECT, body: BODY, ...input }, attachments);
  if (!result.ok) throw new Error(`ticket refused: ${JSON.stringify(result)}`);
  return result.id;
}

/** Everything about a ticket the tests look at, straight from the database. */
export const ticketRow = (id: string) =>
  db.ticket.findUniqueOrThrow({
    where: { id },
    include: {
      messages: { orderBy: { createdAt: "asc" }, include: { attachments: true } },
      events: { orderBy: [{ createdAt: "asc" }, { id: "asc" }] },
      reads: true,
    },
  });
