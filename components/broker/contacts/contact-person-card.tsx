"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { FormError } from "@/components/ui/form-error";
import { deleteContactPersonAction } from "@/lib/actions/contacts/delete-contact-person";
import type { ContactPersonItem } from "@/lib/data/contacts/list-contact-persons";
import type { Msg } from "@/lib/i18n/message-key";
import { ContactPersonForm } from "./contact-person-form";

const secondary =
  "rounded-lg border border-slate-300 bg-white px-2.5 py-1 text-xs font-medium hover:bg-slate-50 disabled:opacity-60";

/** One contact person: facts with tel/mailto links, and editing in place or deleting with the right. */
export function ContactPersonCard({ contact, canManage }: { contact: ContactPersonItem; canManage: boolean }) {
  const t = useTranslations("contacts.list");
  const router = useRouter();
  const [editing, setEditing] = useState(false);
  const [error, setError] = useState<Msg | null>(null);
  const [pending, startTransition] = useTransition();
  const name = `${contact.firstName} ${contact.lastName}`;

  function remove() {
    if (!window.confirm(t("confirmDelete", { name }))) return;
    setError(null);
    startTransition(async () => {
      try {
        const result = await deleteContactPersonAction(contact.id);
        if (!result.ok) return setError(result.error);
        router.refresh();
      } catch {
        setError("common.errors.unexpected");
      }
    });
  }

  if (editing) {
    return (
      <li className="px-4 py-4" data-testid="contact-person-row">
        <p className="mb-3 font-medium">{t("editing", { name })}</p>
        <ContactPersonForm mode="edit" contact={contact} onDone={() => setEditing(false)} onCancel={() => setEditing(false)} />
      </li>
    );
  }

  return (
    <li className="space-y-2 px-4 py-3" data-testid="contact-person-row">
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div className="min-w-52 flex-1 text-sm">
          <p className="text-base font-medium break-words">{name}</p>
          {contact.position && <p className="text-slate-600">{contact.position}</p>}
          <dl className="mt-1 grid grid-cols-[auto_1fr] gap-x-3 gap-y-0.5 text-slate-700">
            {contact.email && (
              <>
                <dt className="text-slate-500">{t("email")}</dt>
                <dd className="break-all">
                  <a href={`mailto:${contact.email}`} className="text-brand-ink hover:underline">
                    {contact.email}
                  </a>
                </dd>
              </>
            )}
            {contact.businessPhone && (
              <>
                <dt className="text-slate-500">{t("businessPhone")}</dt>
                <dd>
                  <a href={`tel:${contact.businessPhone}`} className="text-brand-ink hover:underline">
                    {contact.businessPhone}
                  </a>
                </dd>
              </>
            )}
            {contact.mobile && (
              <>
                <dt className="text-slate-500">{t("mobile")}</dt>
                <dd>
                  <a href={`tel:${contact.mobile}`} className="text-brand-ink hover:underline">
                    {contact.mobile}
                  </a>
                </dd>
              </>
            )}
          </dl>
          {contact.hasPortalAccount && (
            <p className="mt-2">
              <span className="rounded-full bg-sky-50 px-2 py-0.5 text-xs text-sky-800">{t("portalAccount")}</span>
            </p>
          )}
        </div>
        {canManage && (
          <div className="flex flex-wrap gap-1.5" role="group" aria-label={t("actionsFor", { name })}>
            <button type="button" className={secondary} disabled={pending} onClick={() => setEditing(true)}>
              {t("edit")}
            </button>
            <button
              type="button"
              disabled={pending}
              onClick={remove}
              className="rounded-lg border border-red-200 bg-white px-2.5 py-1 text-xs font-medium text-red-700 hover:bg-red-50 disabled:opacity-60"
            >
              {t("delete")}
            </button>
          </div>
        )}
      </div>
      <FormError message={error} />
    </li>
  );
}
