import Link from "next/link";
import type { ReactNode } from "react";

type Props = {
  customerId: string;
  customerLabel: string;
  backHref?: string;
  backLabel?: string;
  title: string;
  action?: ReactNode;
};

/** The top of the invoice and object pages: a way back, the customer and the page title (and an action). */
export function RecordPageHeader({ customerId, customerLabel, backHref, backLabel, title, action }: Props) {
  return (
    <>
      <Link href={backHref ?? `/broker/customers/${customerId}`} className="text-brand-ink text-sm hover:underline">
        ← {backLabel ?? customerLabel}
      </Link>
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div className="min-w-0">
          <p className="text-sm break-words text-slate-600">{customerLabel}</p>
          <h1 className="text-2xl font-semibold">{title}</h1>
        </div>
        {action}
      </div>
    </>
  );
}

type ListPageProps = {
  customerId: string;
  customerLabel: string;
  title: string;
  /** the "add" button, for someone who may record */
  add: { href: string; label: string; testId: string } | null;
  /** the wider layout (the invoice table) */
  wide?: boolean;
  /** the list */
  children: ReactNode;
};

/** The invoice and object lists: the header with the "add" button, then the list. */
export function RecordListPage({ customerId, customerLabel, title, add, wide = false, children }: ListPageProps) {
  return (
    <div className={`mx-auto ${wide ? "max-w-5xl" : "max-w-3xl"} space-y-4`}>
      <RecordPageHeader
        customerId={customerId}
        customerLabel={customerLabel}
        title={title}
        action={
          add && (
            <Link
              href={add.href}
              className="bg-brand text-on-brand rounded-lg px-3 py-2 text-sm font-medium hover:opacity-90"
              data-testid={add.testId}
            >
              {add.label}
            </Link>
          )
        }
      />
      {children}
    </div>
  );
}

type FormPageProps = {
  customerId: string;
  customerLabel: string;
  /** the list the page returns to, and its title */
  listHref: string;
  listLabel: string;
  title: string;
  /** the form */
  children: ReactNode;
  /** below the form (the delete button of an edit page) */
  footer?: ReactNode;
};

/** The new and edit pages of invoices and objects: the header, the form in a card, and an optional footer. */
export function RecordFormPage({ customerId, customerLabel, listHref, listLabel, title, children, footer }: FormPageProps) {
  return (
    <div className="mx-auto max-w-3xl space-y-4">
      <RecordPageHeader
        customerId={customerId}
        customerLabel={customerLabel}
        backHref={listHref}
        backLabel={listLabel}
        title={title}
      />
      <div className="rounded-2xl border border-slate-200 bg-white p-5">{children}</div>
      {footer}
    </div>
  );
}
