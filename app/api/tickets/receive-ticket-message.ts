import type { RequestContext } from "@/lib/data/context/types";
import { getUploadLimit } from "@/lib/data/tenant-settings/get-upload-limit";
import { createTicket } from "@/lib/data/tickets/create-ticket";
import { postTicketMessage } from "@/lib/data/tickets/post-ticket-message";
import { ticketUploadTarget } from "@/lib/data/tickets/ticket-upload-target";
import type { TicketActionResult } from "@/lib/data/tickets/types";
import type { UploadRefusal } from "@/lib/documents/inspect-upload";
import { readMultipartFiles, type MultipartFilesOptions } from "@/lib/documents/read-multipart-files";
import { TICKET_ATTACHMENTS_MAX, type NewTicketInput, type TicketReplyInput } from "@/lib/validation/ticket";

// What the two ticket routes do with a request once host, session and origin are checked; without
// HTTP, so tests drive exactly this with real multipart requests. Throws AccessDeniedError.

const limits = {
  maxFiles: TICKET_ATTACHMENTS_MAX,
  tooManyFiles: { key: "tickets.errors.tooManyAttachments", values: { max: TICKET_ATTACHMENTS_MAX } },
} satisfies Pick<MultipartFilesOptions, "maxFiles" | "tooManyFiles">;

/**
 * A new ticket: rights and rate limits first (nothing is streamed into a folder the actor may not write
 * to, nor by someone already at a limit), then the files into the customer's folder, then createTicket with the fields. Staff name the customer in
 * `customerId` (from the address, never from the form).
 */
export async function receiveNewTicket(
  ctx: RequestContext,
  req: Request,
  customerId: string | null,
): Promise<TicketActionResult | UploadRefusal> {
  const target = await ticketUploadTarget(ctx, { ticketId: null, customerId });
  // at a rate limit already: refused before a byte is stored (refusalResponse answers 429)
  if (!target.ok) return target;
  const options = {
    tenantId: target.tenantId,
    customerId: target.customerId,
    maxFileBytes: await getUploadLimit(ctx),
    ...limits,
  };
  return readMultipartFiles(req, options, (fields, files) =>
    createTicket(
      ctx,
      {
        subject: fields.subject ?? "",
        body: fields.body ?? "",
        // checked by createTicket (zod); an unknown kind is refused there
        kind: (fields.kind || undefined) as NewTicketInput["kind"],
        assigneeId: fields.assigneeId ?? "",
        // staff, company customer: the account it is addressed to (checked by createTicket)
        addressedUserId: fields.addressedUserId ?? "",
        customerId: customerId ?? "",
      },
      files,
    ),
  );
}

/** A reply or internal note on a ticket the actor may write to; the files go to the ticket customer's folder. */
export async function receiveTicketReply(
  ctx: RequestContext,
  req: Request,
  ticketId: string,
): Promise<TicketActionResult | UploadRefusal> {
  const target = await ticketUploadTarget(ctx, { ticketId });
  if (!target.ok) return target;
  const options = {
    tenantId: target.tenantId,
    customerId: target.customerId,
    maxFileBytes: await getUploadLimit(ctx),
    ...limits,
  };
  return readMultipartFiles(req, options, (fields, files) =>
    postTicketMessage(
      ctx,
      ticketId,
      // checked by postTicketMessage (zod and rights): a customer's "internal" is refused there
      { body: fields.body ?? "", internal: (fields.internal ?? "") as TicketReplyInput["internal"] },
      files,
    ),
  );
}
