-- AlterEnum
-- This migration adds more than one value to an enum.
-- With PostgreSQL versions 11 and earlier, this is not possible
-- in a single migration. This can be worked around by creating
-- multiple migrations, each migration adding only one value to
-- the enum.


ALTER TYPE "CodePurpose" ADD VALUE 'CONFIRM_CONTACT_EMAIL';
ALTER TYPE "CodePurpose" ADD VALUE 'CONFIRM_CONTACT_PHONE';

-- AlterTable
ALTER TABLE "ChangeRequest" ADD COLUMN     "previous" JSONB,
ADD COLUMN     "reviewNote" TEXT;

-- AlterTable
ALTER TABLE "Document" ADD COLUMN     "claimId" UUID;

-- AlterTable
ALTER TABLE "Tenant" ADD COLUMN     "portalHideExpiryDates" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "portalHideFinancials" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "User" ADD COLUMN     "avatarKey" TEXT;

-- CreateTable
CREATE TABLE "ClaimEvent" (
    "id" UUID NOT NULL,
    "tenantId" UUID NOT NULL,
    "claimId" UUID NOT NULL,
    "status" "ClaimStatus" NOT NULL,
    "note" TEXT,
    "actorUserId" UUID,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ClaimEvent_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ClaimEvent_tenantId_claimId_createdAt_idx" ON "ClaimEvent"("tenantId", "claimId", "createdAt");

-- CreateIndex
CREATE INDEX "Claim_tenantId_status_createdAt_idx" ON "Claim"("tenantId", "status", "createdAt");

-- CreateIndex
CREATE INDEX "Document_tenantId_claimId_idx" ON "Document"("tenantId", "claimId");

-- AddForeignKey
ALTER TABLE "Document" ADD CONSTRAINT "Document_claimId_fkey" FOREIGN KEY ("claimId") REFERENCES "Claim"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ClaimEvent" ADD CONSTRAINT "ClaimEvent_claimId_fkey" FOREIGN KEY ("claimId") REFERENCES "Claim"("id") ON DELETE CASCADE ON UPDATE CASCADE;
