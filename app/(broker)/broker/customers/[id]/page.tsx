import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { notFound } from "next/navigation";
import { z } from "zod";
import { CustomerContracts } from "@/components/broker/customer-contracts";
import { CustomerForm } from "@/components/broker/customer-form/customer-form";
import { recordValues } from "@/components/broker/customer-form/form-values";
import { getRequestContext } from "@/lib/data/context/get-request-context";
import { listVisibleContracts } from "@/lib/data/contracts/list-visible-contracts";
import { customerDisplayName } from "@/lib/data/customers/customer-display-name";
import { getCustomerRecord } from "@/lib/data/customers/get-customer-record";
import { listCustomerFormOptions } from "@/lib/data/customers/list-customer-form-options";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("customers.pages"))("recordTitle") };
}

export default async function CustomerPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const ctx = await getRequestContext();
  if (!ctx || ctx.actor.kind !== "STAFF" || !z.uuid().safeParse(id).success) notFound();
  const record = await getCustomerRecord(ctx, id);
  if (!record) notFound();
  const t = await getTranslations("customers.pages");
  const canEdit = ctx.actor.role.rights.editCustomers;
  const [options, contracts] = await Promise.all([
    canEdit ? listCustomerFormOptions(ctx) : { advisors: [], companies: [] },
    listVisibleContracts(ctx, { customerId: record.id }),
  ]);
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <Link href="/broker" className="text-brand text-sm hover:underline">
        ← {t("backToList")}
      </Link>
      <div>
        <p className="text-sm text-slate-600">{record.customerNumber}</p>
        <h1 className="text-2xl font-semibold">{customerDisplayName(record)}</h1>
      </div>
      <CustomerContracts customerId={record.id} items={contracts} canAdd={canEdit} />
      <section className="space-y-3">
        <h2 className="text-lg font-semibold">{t("masterData")}</h2>
        <div className="rounded-2xl border border-slate-200 bg-white p-5">
          {canEdit ? (
            <CustomerForm
              customerId={record.id}
              defaultValues={recordValues(record)}
              advisors={options.advisors}
              companies={options.companies.filter((c) => c.id !== record.id)}
              canEditBankAccounts={record.canEditBankAccounts}
              advisorLocked={ctx.actor.role.onlyOwnCustomers}
            />
          ) : (
            <p className="text-sm text-slate-600">{t("readOnly")}</p>
          )}
        </div>
      </section>
    </div>
  );
}
