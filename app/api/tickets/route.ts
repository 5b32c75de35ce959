import { z } from "zod";
import { AccessDeniedError } from "@/lib/data/context/access-error";
import { receiveNewTicket } from "./receive-ticket-message";
import { answer, openTicketRequest, refusalResponse } from "./ticket-route-helpers";

/**
 * Opens a ticket: multipart form with the fields subject, body, kind and assigneeId first, then up
 * to TICKET_ATTACHMENTS_MAX files, streamed into the customer's folder in S3. Staff write on a
 * customer's behalf and name them in `?customer=<id>`. Answers 201 `{ id }` (the ticket) or a
 * 4xx/503 `{ error, fieldErrors? }` in the visitor's language. The data layer decides who may write.
 */
export async function POST(req: Request) {
  const opened = await openTicketRequest(req);
  if (!opened.ok) return opened.response;
  const { ctx, t } = opened;

  let customerId: string | null = null;
  if (ctx.actor.kind === "STAFF") {
    const parsed = z.uuid().safeParse(new URL(req.url).searchParams.get("customer"));
    if (!parsed.success) return answer({ error: t("tickets.validation.customerInvalid") }, 400);
    customerId = parsed.data;
  }
  try {
    const result = await receiveNewTicket(ctx, req, customerId);
    if (result.ok) return answer({ id: result.id }, 201);
    return refusalResponse(t, result);
  } catch (error) {
    if (!(error instanceof AccessDeniedError)) throw error;
    return answer({ error: t("common.errors.notAllowed") }, 403);
  }
}
