"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { changeStaffRoleAction } from "@/lib/actions/staff/change-staff-role";
import type { Msg } from "@/lib/i18n/message-key";
import { translateMessage } from "@/lib/i18n/translate-message";

type Props = { userId: string; name: string; roleKey: string; roles: { key: string; name: string }[] };

/** The role cell of a staff member the viewer may manage: pick another role and confirm with "Ändern". */
export function StaffRoleSelect({ userId, name, roleKey, roles }: Props) {
  const t = useTranslations();
  const router = useRouter();
  const [chosen, setChosen] = useState(roleKey);
  const [pending, startTransition] = useTransition();
  const [message, setMessage] = useState<{ ok: boolean; text: Msg } | null>(null);
  const id = `staff-role-${userId}`;

  function save() {
    setMessage(null);
    startTransition(async () => {
      try {
        const result = await changeStaffRoleAction({ userId, roleKey: chosen });
        if (!result.ok) return setMessage({ ok: false, text: result.error });
        setMessage({ ok: true, text: { key: "rights.staff.roleChanged", values: { name } } });
        router.refresh();
      } catch {
        setMessage({ ok: false, text: "rights.staff.failed" });
      }
    });
  }

  return (
    <div className="flex flex-col items-start gap-1">
      <div className="flex items-center gap-2">
        <label htmlFor={id} className="sr-only">
          {t("rights.staff.roleFor", { name })}
        </label>
        <select
          id={id}
          value={chosen}
          onChange={(e) => setChosen(e.target.value)}
          disabled={pending}
          className="max-w-40 rounded-lg border border-slate-300 bg-white px-2 py-1 text-sm"
        >
          {roles.map((r) => (
            <option key={r.key} value={r.key}>
              {r.name}
            </option>
          ))}
        </select>
        {chosen !== roleKey && (
          <button
            type="button"
            onClick={save}
            disabled={pending}
            className="bg-brand text-on-brand rounded-lg px-3 py-1 text-xs font-medium whitespace-nowrap hover:opacity-90 disabled:opacity-60"
          >
            {t("rights.staff.changeRole")}
          </button>
        )}
      </div>
      {message && (
        <p
          role={message.ok ? "status" : "alert"}
          className={`max-w-64 rounded-md px-2 py-1 text-xs ${message.ok ? "bg-green-50 text-green-900" : "bg-red-50 text-red-800"}`}
        >
          {translateMessage(t, message.text)}
        </p>
      )}
    </div>
  );
}
