"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { FormError } from "@/components/ui/form-error";
import { FormSuccess } from "@/components/ui/form-success";
import { PanelSection } from "@/components/ui/panel-section";
import { resendOwnerInvitationAction } from "@/lib/actions/platform/resend-owner-invitation";
import type { Msg } from "@/lib/i18n/message-key";

type Props = {
  tenantId: string;
  /** renewalText: the owner asked for a new link since the latest invitation (they reach nobody else) */
  owner: { name: string; email: string; stateText: string; renewalText: string | null; canResend: boolean } | null;
};

/** The owner's name, address and invitation state; "Einladung erneut senden" while not registered. */
export function OwnerInvitationPanel({ tenantId, owner }: Props) {
  const t = useTranslations("platformAdmin.detail.owner");
  const router = useRouter();
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<Msg | null>(null);
  const [sent, setSent] = useState(false);

  async function resend() {
    setPending(true);
    setError(null);
    setSent(false);
    try {
      const result = await resendOwnerInvitationAction({ tenantId });
      if (!result.ok) return setError(result.error);
      setSent(true);
      router.refresh();
    } catch {
      setError("platformAdmin.errors.unexpected");
    } finally {
      setPending(false);
    }
  }

  return (
    <PanelSection id="tenant-owner" title={t("title")} className="space-y-3 sm:p-5">
      {owner ? (
        <>
          <p>
            <span className="font-medium">{owner.name}</span>
            <span className="block text-sm break-all text-slate-600">{owner.email}</span>
          </p>
          <p className="text-sm" data-testid="owner-invitation-state">
            {owner.stateText}
          </p>
          {owner.renewalText && (
            <p
              role="status"
              className="rounded-lg bg-amber-50 px-3 py-2 text-sm text-amber-900"
              data-testid="owner-renewal-requested"
            >
              {owner.renewalText}
            </p>
          )}
          <FormError message={error} />
          {sent && <FormSuccess>{t("resent")}</FormSuccess>}
          {owner.canResend && (
            <button
              type="button"
              onClick={resend}
              disabled={pending}
              className="rounded-lg border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium hover:bg-slate-50 disabled:opacity-60"
            >
              {pending ? t("resending") : t("resend")}
            </button>
          )}
        </>
      ) : (
        <p className="text-sm text-slate-600">{t("none")}</p>
      )}
    </PanelSection>
  );
}
