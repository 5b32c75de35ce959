import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { notFound } from "next/navigation";
import { z } from "zod";
import { TicketComposeForm } from "@/components/tickets/ticket-compose-form";
import { getRequestContext } from "@/lib/data/context/get-request-context";
import { customerDisplayName } from "@/lib/data/customers/customer-display-name";
import { getCustomerRecord } from "@/lib/data/customers/get-customer-record";
import { getUploadLimit } from "@/lib/data/tenant-settings/get-upload-limit";
import { listCompanyAddressees } from "@/lib/data/tickets/list-company-addressees";
import { listTicketRecipients } from "@/lib/data/tickets/list-ticket-recipients";
import type { TicketRecipient } from "@/lib/data/tickets/types";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("brokerTickets"))("compose.title") };
}

/** Staff open a ticket on a customer's behalf (e.g. after a phone call); reached from the customer page. */
export default async function NewBrokerTicketPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const ctx = await getRequestContext();
  if (!ctx || ctx.actor.kind !== "STAFF") notFound();
  // a role that may not write to customers cannot open a ticket either (createTicket refuses it too)
  if (!ctx.actor.role.rights.editCustomers) notFound();
  const customerId = z.uuid().safeParse((await searchParams).customer);
  if (!customerId.success) notFound();
  // Unknown, foreign and invisible customers all end here alike.
  const customer = await getCustomerRecord(ctx, customerId.data);
  if (!customer) notFound();
  const isCompany = customer.kind === "COMPANY";
  const [t, recipients, maxUploadBytes, addressees] = await Promise.all([
    getTranslations("brokerTickets"),
    listTicketRecipients(ctx, customer.id),
    getUploadLimit(ctx),
    // a company's ticket goes to one of its portal accounts: nobody else in the company reads it
    isCompany ? listCompanyAddressees(ctx, customer.id) : undefined,
  ]);
  const name = customerDisplayName(customer);
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <Link href={`/broker/customers/${customer.id}`} className="text-brand-ink text-sm hover:underline">
        ← {t("compose.back")}
      </Link>
      <div>
        <h1 className="text-2xl font-semibold">{t("compose.title")}</h1>
        <p className="mt-1 text-slate-600">{t("compose.intro")}</p>
      </div>
      <section
        aria-label={t("compose.customer")}
        className="rounded-2xl border border-slate-200 bg-white p-4 sm:p-5"
        data-testid="ticket-customer"
      >
        <p className="text-sm text-slate-600">{t("compose.customer")}</p>
        <p className="text-lg font-semibold break-words">{name}</p>
        <p className="text-sm text-slate-600 tabular-nums">{customer.customerNumber}</p>
      </section>
      {addressees?.length === 0 ? (
        <div
          className="rounded-2xl border border-dashed border-slate-300 bg-white p-4 text-slate-700 sm:p-5"
          data-testid="ticket-no-addressees"
        >
          <p>{t("compose.noAddressees")}</p>
          <Link
            href={`/broker/customers/${customer.id}/company`}
            className="text-brand-ink mt-2 inline-block font-medium hover:underline"
          >
            {t("compose.noAddresseesLink")}
          </Link>
        </div>
      ) : (
        <div className="rounded-2xl border border-slate-200 bg-white p-4 sm:p-5">
          <TicketComposeForm
            mode="new"
            action={`/api/tickets?customer=${encodeURIComponent(customer.id)}`}
            recipients={selfFirst(recipients, ctx.actor.id)}
            addressees={addressees}
            showKind
            allowAttachments={ctx.actor.role.rights.importDocuments}
            redirectTemplate="/broker/tickets/{id}"
            maxUploadBytes={maxUploadBytes}
          />
        </div>
      )}
    </div>
  );
}

/** The select preselects its first entry: a ticket opened by a staff member stays with them by default. */
function selfFirst(recipients: TicketRecipient[], selfId: string): TicketRecipient[] {
  const self = recipients.find((r) => r.id === selfId);
  return self ? [self, ...recipients.filter((r) => r.id !== selfId)] : recipients;
}
