"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import Link from "next/link";
import { FormError } from "@/components/ui/form-error";
import { removeHouseholdMemberAction } from "@/lib/actions/households/remove-household-member";
import type { HouseholdMember } from "@/lib/data/households/get-household-panel";
import { useHouseholdAction } from "./use-household-action";

type Props = { customerId: string; members: HouseholdMember[]; hiddenMemberCount: number; canManage: boolean };

/** Members with a link to each record; removing one also ends the consents that involve them. */
export function HouseholdMembers({ customerId, members, hiddenMemberCount, canManage }: Props) {
  const t = useTranslations("households.members");
  const { run, pending, error } = useHouseholdAction();
  const [removingId, setRemovingId] = useState<string | null>(null);

  async function remove(member: HouseholdMember) {
    if (!window.confirm(t("confirmRemove", { name: member.name }))) return;
    setRemovingId(member.id);
    await run(() => removeHouseholdMemberAction(customerId, member.id));
    setRemovingId(null);
  }

  return (
    <div className="space-y-2">
      <h3 className="text-base font-semibold">{t("title")}</h3>
      <ul className="divide-y divide-slate-100 rounded-xl border border-slate-200" data-testid="household-members">
        {members.map((m) => (
          <li key={m.id} className="flex flex-wrap items-center justify-between gap-2 px-3 py-2">
            <span>
              {m.isCurrent ? (
                <span className="font-medium">{m.name}</span>
              ) : (
                <Link href={`/broker/customers/${m.id}`} className="text-brand-ink font-medium hover:underline">
                  {m.name}
                </Link>
              )}
              <span className="block text-sm text-slate-500">
                {m.customerNumber}
                {m.isCurrent && ` · ${t("current")}`}
              </span>
            </span>
            {canManage && (
              <button
                type="button"
                onClick={() => remove(m)}
                disabled={pending}
                className="rounded-lg border border-slate-300 px-3 py-1.5 text-sm hover:bg-slate-50 disabled:opacity-60"
              >
                {removingId === m.id ? t("removing") : t("remove")}
              </button>
            )}
          </li>
        ))}
      </ul>
      {hiddenMemberCount > 0 && <p className="text-sm text-slate-600">{t("hidden", { count: hiddenMemberCount })}</p>}
      <FormError message={error} />
    </div>
  );
}
