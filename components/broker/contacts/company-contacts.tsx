"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import type { CompanyContacts as CompanyContactsData } from "@/lib/data/contacts/list-contact-persons";
import { ContactPersonCard } from "./contact-person-card";
import { ContactPersonForm } from "./contact-person-form";

/** The "Ansprechpartner" section of a company's customer page: list, add, edit in place, delete. */
export function CompanyContacts({ companyId, data }: { companyId: string; data: CompanyContactsData }) {
  const t = useTranslations("contacts.list");
  const [adding, setAdding] = useState(false);
  const { items, canManage } = data;

  return (
    <section className="space-y-3" aria-labelledby="company-contacts-heading">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h2 id="company-contacts-heading" className="text-lg font-semibold">
          {t("heading")}
        </h2>
        {canManage && !adding && (
          <button
            type="button"
            onClick={() => setAdding(true)}
            className="bg-brand text-on-brand rounded-lg px-3 py-2 text-sm font-medium hover:opacity-90"
          >
            {t("add")}
          </button>
        )}
      </div>
      {adding && (
        <div className="rounded-2xl border border-slate-200 bg-white p-5">
          <h3 className="mb-3 font-medium">{t("newContact")}</h3>
          <ContactPersonForm
            mode="create"
            companyId={companyId}
            onDone={() => setAdding(false)}
            onCancel={() => setAdding(false)}
          />
        </div>
      )}
      {items.length === 0 ? (
        <p className="rounded-2xl border border-dashed border-slate-300 bg-white p-6 text-sm text-slate-600">
          {canManage ? t("emptyCanAdd") : t("empty")}
        </p>
      ) : (
        <ul className="divide-y divide-slate-100 rounded-2xl border border-slate-200 bg-white" data-testid="contact-person-list">
          {items.map((contact) => (
            <ContactPersonCard key={contact.id} contact={contact} canManage={canManage} />
          ))}
        </ul>
      )}
    </section>
  );
}
