import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";
import { notFound } from "next/navigation";
import { z } from "zod";
import { ContractForm } from "@/components/broker/contract-form/contract-form";
import { NEW_CONTRACT_VALUES } from "@/components/broker/contract-form/new-contract-values";
import { listContractFormOptions } from "@/lib/data/catalog/list-contract-form-options";
import { getRequestContext } from "@/lib/data/context/get-request-context";
import { customerDisplayName } from "@/lib/data/customers/customer-display-name";
import { getCustomerRecord } from "@/lib/data/customers/get-customer-record";
import { languageOf } from "@/lib/i18n/locales";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("contracts.pages"))("newTitle") };
}

export default async function NewContractPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const ctx = await getRequestContext();
  if (!ctx || ctx.actor.kind !== "STAFF" || !ctx.actor.role.rights.editCustomers || !z.uuid().safeParse(id).success) notFound();
  const customer = await getCustomerRecord(ctx, id);
  if (!customer) notFound();
  const t = await getTranslations("contracts.pages");
  const options = await listContractFormOptions(ctx, languageOf(await getLocale()));
  return (
    <div className="mx-auto max-w-3xl space-y-4">
      <Link href={`/broker/customers/${customer.id}`} className="text-brand-ink text-sm hover:underline">
        ← {customerDisplayName(customer)} ({customer.customerNumber})
      </Link>
      <h1 className="text-2xl font-semibold">{t("newTitle")}</h1>
      <div className="rounded-2xl border border-slate-200 bg-white p-5">
        <ContractForm
          target={{ customerId: customer.id }}
          defaultValues={NEW_CONTRACT_VALUES}
          lines={options.lines}
          insurers={options.insurers}
          currency={ctx.tenant.currency}
        />
      </div>
    </div>
  );
}
