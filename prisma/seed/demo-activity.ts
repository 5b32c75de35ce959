import type { Prisma } from "@/lib/db/generated/client";
import { day } from "./seed-plan";
import { uuidv7 } from "./uuid-v7";

/**
 * Some life in Max's folder: a bicycle theft the office is handling (with its status timeline) and
 * two unread notifications, so the start page and the claims page are not empty on first sign-in.
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
  return { claims, claimEvents, notifications };
}
