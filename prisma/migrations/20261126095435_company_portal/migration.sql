-- CreateEnum
CREATE TYPE "RoleGrantor" AS ENUM ('BROKER', 'USER_MANAGER');

-- AlterTable
ALTER TABLE "CompanyUserRole" ADD COLUMN     "grantedBy" "RoleGrantor" NOT NULL DEFAULT 'BROKER';

-- AlterTable
ALTER TABLE "Customer" ADD COLUMN     "companyRolesAllowed" "CompanyRole"[] DEFAULT ARRAY[]::"CompanyRole"[];

-- AlterTable
ALTER TABLE "InsuredObject" ADD COLUMN     "deletedAt" TIMESTAMP(3),
ADD COLUMN     "manufacturer" TEXT,
ADD COLUMN     "serialNumber" TEXT,
ADD COLUMN     "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP;

-- AlterTable
ALTER TABLE "PremiumInvoice" ADD COLUMN     "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP;

-- AlterTable
ALTER TABLE "Ticket" ADD COLUMN     "addressedUserId" UUID;

-- CreateTable
CREATE TABLE "CompanyRoleCoverage" (
    "id" UUID NOT NULL,
    "tenantId" UUID NOT NULL,
    "role" "CompanyRole" NOT NULL,
    "lineGroups" "LineGroup"[],
    "lineCodes" TEXT[],
    "occupationalPension" BOOLEAN NOT NULL DEFAULT false,
    "unassignedLines" BOOLEAN NOT NULL DEFAULT false,
    "updatedById" UUID,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "CompanyRoleCoverage_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "CompanyRoleCoverage_tenantId_role_key" ON "CompanyRoleCoverage"("tenantId", "role");

-- CreateIndex
CREATE INDEX "Claim_tenantId_contractId_idx" ON "Claim"("tenantId", "contractId");

-- CreateIndex
CREATE INDEX "CompanyUserRole_tenantId_role_idx" ON "CompanyUserRole"("tenantId", "role");

-- CreateIndex
CREATE INDEX "InsuredObject_tenantId_contractId_idx" ON "InsuredObject"("tenantId", "contractId");

-- CreateIndex
CREATE UNIQUE INDEX "PremiumInvoice_documentId_key" ON "PremiumInvoice"("documentId");

-- CreateIndex
CREATE INDEX "PremiumInvoice_tenantId_customerId_status_idx" ON "PremiumInvoice"("tenantId", "customerId", "status");

-- CreateIndex
CREATE INDEX "PremiumInvoice_tenantId_contractId_idx" ON "PremiumInvoice"("tenantId", "contractId");

-- CreateIndex
CREATE UNIQUE INDEX "PremiumInvoice_tenantId_number_key" ON "PremiumInvoice"("tenantId", "number");

-- CreateIndex
CREATE INDEX "Ticket_tenantId_customerId_createdById_idx" ON "Ticket"("tenantId", "customerId", "createdById");

-- AddForeignKey
ALTER TABLE "Ticket" ADD CONSTRAINT "Ticket_addressedUserId_fkey" FOREIGN KEY ("addressedUserId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PremiumInvoice" ADD CONSTRAINT "PremiumInvoice_documentId_fkey" FOREIGN KEY ("documentId") REFERENCES "Document"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CompanyRoleCoverage" ADD CONSTRAINT "CompanyRoleCoverage_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;
