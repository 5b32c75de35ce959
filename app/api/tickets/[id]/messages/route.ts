import { z } from "zod";
import { AccessDeniedError } from "@/lib/data/context/access-error";
import { receiveTicketReply } from "../../receive-ticket-message";
import { answer, openTicketRequest, refusalResponse } from "../../ticket-route-helpers";

/**
 * A reply (staff also: an internal note) on a ticket: multipart form with the fields body and
 * internal first, then up to TICKET_ATTACHMENTS_MAX files, streamed into the ticket customer's folder.
 * Answers 201 `{ id, ticketId }` (id = the new message) or a 4xx/503 `{ error, fieldErrors? }`.
 * An unknown, foreign or invisible ticket and one the actor may not write to answer the same 404,
 * so ids cannot be probed.
 */
export async function POST(req: Request, { params }: { params: Promise<{ id: string }> }) {
  const opened = await openTicketRequest(req);
  if (!opened.ok) return opened.response;
  const { ctx, t } = opened;
  // staff read "Ticket", customers "Vorgang" / "conversation"
  const notFoundKey = ctx.actor.kind === "STAFF" ? "ticketUi.errors.notFoundStaff" : "ticketUi.errors.notFound";
  const notFound = () => answer({ error: t(notFoundKey) }, 404);

  const { id } = await params;
  if (!z.uuid().safeParse(id).success) return notFound();
  try {
    const result = await receiveTicketReply(ctx, req, id);
    if (result.ok) return answer({ id: result.id, ticketId: id }, 201);
    return refusalResponse(t, result);
  } catch (error) {
    if (!(error instanceof AccessDeniedError)) throw error;
    return notFound();
  }
}
