-- DropIndex
DROP INDEX "Ticket_tenantId_customerId_lastActivityAt_idx";

-- AlterTable
ALTER TABLE "Tenant" ADD COLUMN     "ticketSeq" INTEGER NOT NULL DEFAULT 0;

-- AlterTable
ALTER TABLE "Ticket" ADD COLUMN     "lastPublicAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP;

-- CreateIndex
CREATE INDEX "Document_ticketMessageId_idx" ON "Document"("ticketMessageId");

-- CreateIndex
CREATE INDEX "Ticket_tenantId_lastActivityAt_idx" ON "Ticket"("tenantId", "lastActivityAt");

-- CreateIndex
CREATE INDEX "Ticket_tenantId_customerId_lastPublicAt_idx" ON "Ticket"("tenantId", "customerId", "lastPublicAt");

-- AddForeignKey
ALTER TABLE "Ticket" ADD CONSTRAINT "Ticket_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TicketMessage" ADD CONSTRAINT "TicketMessage_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TicketEvent" ADD CONSTRAINT "TicketEvent_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
