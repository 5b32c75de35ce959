import { createHash } from "node:crypto";
import { DeleteObjectCommand } from "@aws-sdk/client-s3";
import type { Prisma, PrismaClient } from "@/lib/db/generated/client";
import { serverEnv } from "@/lib/env";
import { documentObjectKey } from "@/lib/storage/object-key";
import { putObject } from "@/lib/storage/put-object";
import { s3Client } from "@/lib/storage/s3-client";
import { storeDemoLogo } from "./demo-logo";
import { renderDemoPdf } from "./pdf";
import type { TenantPlan } from "./seed-plan";

/**
 * Uploads the plan's PDFs first, then writes all rows in one transaction: a failure leaves no
 * half-seeded tenant (the next run simply tries again) and no row points at a missing object.
 */
export async function writeTenantPlan(client: PrismaClient, plan: TenantPlan): Promise<void> {
  const documents: Prisma.DocumentCreateManyInput[] = [];
  const uploaded: string[] = [];
  try {
    if (plan.logoSvg) {
      const logoKey = await storeDemoLogo(plan.tenant.id, plan.logoSvg);
      uploaded.push(logoKey);
      plan = { ...plan, tenant: { ...plan.tenant, logoKey } };
    }
    for (const { pdf, ...row } of plan.documents) {
      const bytes = await renderDemoPdf(plan.tenant.name, pdf);
      const storageKey = documentObjectKey(plan.tenant.id, row.customerId);
      await putObject(storageKey, bytes, "application/pdf");
      uploaded.push(storageKey);
      documents.push({
        // the inbox sorts by arrival: a demo document arrived on its own date, not all at seed time
        createdAt:
          row.createdAt ?? (row.documentDate instanceof Date ? new Date(row.documentDate.getTime() + 9 * 3600_000) : undefined),
        ...row,
        storageKey,
        contentType: "application/pdf",
        sizeBytes: bytes.length,
        sha256: createHash("sha256").update(bytes).digest("hex"),
      });
    }

    await client.$transaction(
      async (tx) => {
        await tx.tenant.createMany({ data: [plan.tenant] });
        await tx.staffRole.createMany({ data: plan.staffRoles });
        await tx.user.createMany({ data: plan.staffUsers });
        if (plan.households.length) await tx.household.createMany({ data: plan.households });
        // One by one keeps parents ahead of subsidiaries (self-referencing foreign key).
        for (const customer of plan.customers) await tx.customer.createMany({ data: [customer] });
        if (plan.contactPersons.length) await tx.contactPerson.createMany({ data: plan.contactPersons });
        if (plan.customerUsers.length) await tx.user.createMany({ data: plan.customerUsers });
        if (plan.companyUserRoles?.length) await tx.companyUserRole.createMany({ data: plan.companyUserRoles });
        if (plan.releases.length) await tx.moduleRelease.createMany({ data: plan.releases });
        if (plan.bankAccounts.length) await tx.bankAccount.createMany({ data: plan.bankAccounts });
        if (plan.contracts.length) await tx.contract.createMany({ data: plan.contracts });
        if (plan.insuredObjects.length) await tx.insuredObject.createMany({ data: plan.insuredObjects });
        if (documents.length) await tx.document.createMany({ data: documents });
        if (plan.premiumInvoices?.length) await tx.premiumInvoice.createMany({ data: plan.premiumInvoices });
        if (plan.consents.length) await tx.householdConsent.createMany({ data: plan.consents });
        if (plan.domains.length) await tx.domain.createMany({ data: plan.domains });
        if (plan.claims?.length) await tx.claim.createMany({ data: plan.claims });
        if (plan.claimEvents?.length) await tx.claimEvent.createMany({ data: plan.claimEvents });
        if (plan.notifications?.length) await tx.notification.createMany({ data: plan.notifications });
        if (plan.tickets?.length) await tx.ticket.createMany({ data: plan.tickets });
        if (plan.ticketMessages?.length) await tx.ticketMessage.createMany({ data: plan.ticketMessages });
        if (plan.ticketEvents?.length) await tx.ticketEvent.createMany({ data: plan.ticketEvents });
        if (plan.ticketReads?.length) await tx.ticketRead.createMany({ data: plan.ticketReads });
        if (plan.ticketSeq) await tx.tenant.update({ where: { id: plan.tenant.id }, data: { ticketSeq: plan.ticketSeq } });
      },
      { timeout: 60_000, maxWait: 30_000 },
    );
  } catch (error) {
    // Best effort: do not leave objects behind that no row will ever reference.
    const bucket = serverEnv().S3_BUCKET;
    await Promise.allSettled(uploaded.map((Key) => s3Client().send(new DeleteObjectCommand({ Bucket: bucket, Key }))));
    throw error;
  }
}
