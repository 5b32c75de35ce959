import type { Prisma } from "@/lib/db/generated/client";
import { day } from "./seed-plan";
import { uuidv7 } from "./uuid-v7";

/**
 * Some life in Max's folder: a bicycle theft the office is handling (with its status timeline), two
 * unread notifications and one finished conversation with his advisor (read by both, so no badge
 * counts it), so the start page, claims and messages are not empty on first sign-in.
 */
export function demoActivity(ctx: {
  tenantId: string;
  maxCustomerId: string;
  maxAccountId: string;
  hausratContractId: string;
  advisorId: string;
}) {
  const { tenantId } = ctx;
  const claimId = uuidv7();
  const claims: Prisma.ClaimCreateManyInput[] = [
    {
      id: claimId,
      tenantId,
      customerId: ctx.maxCustomerId,
      contractId: ctx.hausratContractId,
      occurredOn: day(2026, 10, 14),
      description:
        "Mein Fahrrad (Trekkingrad, gekauft 2023 für 1.249 €) wurde nachts aus dem abgeschlossenen Kellerraum gestohlen. Anzeige bei der Polizei ist erstattet.",
      status: "IN_PROGRESS",
      reportedById: ctx.maxAccountId,
      createdAt: new Date(Date.UTC(2026, 9, 15, 8, 12)),
    },
  ];
  const claimEvents: Prisma.ClaimEventCreateManyInput[] = [
    { tenantId, claimId, status: "REPORTED", actorUserId: ctx.maxAccountId, createdAt: new Date(Date.UTC(2026, 9, 15, 8, 12)) },
    {
      tenantId,
      claimId,
      status: "IN_PROGRESS",
      note: "Wir haben den Schaden an die Allianz gemeldet. Bitte laden Sie noch die Kaufquittung und die Anzeigebestätigung hoch.",
      actorUserId: ctx.advisorId,
      createdAt: new Date(Date.UTC(2026, 9, 16, 10, 40)),
    },
  ];
  const notifications: Prisma.NotificationCreateManyInput[] = [
    {
      tenantId,
      userId: ctx.maxAccountId,
      type: "claim.status",
      title: "Neuigkeiten zu Ihrer Schadenmeldung",
      link: `/portal/claims/${claimId}`,
      createdAt: new Date(Date.UTC(2026, 9, 16, 10, 40)),
    },
    {
      tenantId,
      userId: ctx.maxAccountId,
      type: "document.added",
      title: "Neues Dokument in Ihrem Ordner",
      link: "/portal/documents",
      createdAt: new Date(Date.UTC(2026, 10, 2, 9, 0)),
    },
  ];
  return { claims, claimEvents, notifications, ...demoConversation(ctx) };
}

/** Ticket #1: Max asks about his household insurance, Jonas answers, closes it; both have read it. */
function demoConversation(ctx: { tenantId: string; maxCustomerId: string; maxAccountId: string; advisorId: string }) {
  const { tenantId } = ctx;
  const ticketId = uuidv7();
  const asked = new Date(Date.UTC(2026, 9, 20, 18, 5));
  const answered = new Date(Date.UTC(2026, 9, 21, 8, 47));
  const closed = new Date(Date.UTC(2026, 9, 21, 8, 48));
  const tickets: Prisma.TicketCreateManyInput[] = [
    {
      id: ticketId,
      tenantId,
      customerId: ctx.maxCustomerId,
      number: 1,
      subject: "Ist mein E-Bike in der Hausratversicherung mitversichert?",
      kind: "REQUEST",
      status: "CLOSED",
      assigneeId: ctx.advisorId,
      createdById: ctx.maxAccountId,
      lastActivityAt: closed,
      lastPublicAt: closed,
      closedAt: closed,
      createdAt: asked,
    },
  ];
  const ticketMessages: Prisma.TicketMessageCreateManyInput[] = [
    {
      tenantId,
      ticketId,
      authorId: ctx.maxAccountId,
      body: "Hallo Herr Weber,\nich habe mir ein E-Bike gekauft (2.900 €). Ist es über meine Hausratversicherung auch unterwegs gegen Diebstahl versichert?\n\nViele Grüße\nMax Mustermann",
      createdAt: asked,
    },
    {
      tenantId,
      ticketId,
      authorId: ctx.advisorId,
      body: "Guten Morgen Herr Mustermann,\nIhr Vertrag enthält die Fahrradklausel bis 3.000 € – auch unterwegs, wenn das Rad mit einem Schloss gesichert ist. Die Bedingungen finden Sie hier: https://www.muster-makler.example/fahrrad\n\nViele Grüße\nJonas Weber",
      createdAt: answered,
    },
  ];
  const ticketEvents: Prisma.TicketEventCreateManyInput[] = [
    { tenantId, ticketId, actorId: ctx.maxAccountId, type: "CREATED", data: { assigneeId: ctx.advisorId }, createdAt: asked },
    { tenantId, ticketId, actorId: ctx.advisorId, type: "REPLIED", createdAt: answered },
    { tenantId, ticketId, actorId: ctx.advisorId, type: "CLOSED", createdAt: closed },
  ];
  const ticketReads: Prisma.TicketReadCreateManyInput[] = [
    { tenantId, ticketId, userId: ctx.maxAccountId, lastReadAt: closed },
    { tenantId, ticketId, userId: ctx.advisorId, lastReadAt: closed },
  ];
  return { tickets, ticketMessages, ticketEvents, ticketReads, ticketSeq: 1 };
}
