-- DropIndex
DROP INDEX "Domain_host_key";

-- DropIndex
DROP INDEX "Domain_status_lastCheckedAt_idx";

-- DropIndex
DROP INDEX "Domain_tenantId_idx";

-- AlterTable
ALTER TABLE "Domain" ADD COLUMN     "checkCount" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "nextCheckAt" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "Tenant" ADD COLUMN     "sessionAbsoluteHours" INTEGER NOT NULL DEFAULT 24,
ADD COLUMN     "suspendedAt" TIMESTAMP(3);

-- CreateTable
CREATE TABLE "PlatformOperator" (
    "id" UUID NOT NULL,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "passwordHash" TEXT NOT NULL,
    "totpSecret" TEXT,
    "totpEnabledAt" TIMESTAMP(3),
    "totpLastUsedStep" INTEGER,
    "sessionVersion" INTEGER NOT NULL DEFAULT 1,
    "failedLoginCount" INTEGER NOT NULL DEFAULT 0,
    "lastFailedLoginAt" TIMESTAMP(3),
    "disabledAt" TIMESTAMP(3),
    "lastLoginAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "PlatformOperator_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "PlatformOperator_email_key" ON "PlatformOperator"("email");

-- CreateIndex
CREATE INDEX "Domain_host_status_idx" ON "Domain"("host", "status");

-- CreateIndex
CREATE INDEX "Domain_status_nextCheckAt_idx" ON "Domain"("status", "nextCheckAt");

-- CreateIndex
CREATE UNIQUE INDEX "Domain_tenantId_host_key" ON "Domain"("tenantId", "host");
