"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useEffect, useRef, useState } from "react";
import { ConfirmPair } from "@/components/ui/confirm-pair";
import { FormError } from "@/components/ui/form-error";
import { deleteFolderContractAction } from "@/lib/actions/portal/own-contracts/delete-folder-contract";
import type { Msg } from "@/lib/i18n/message-key";

type Props = { contractId: string; /** Created by the broker: the confirmation says so. */ brokerContract: boolean };

/** "Vertrag löschen" with a confirmation step; afterwards the contract list with a success note. */
export function DeleteContractPanel({ contractId, brokerContract }: Props) {
  const t = useTranslations("ownContracts.removal");
  const router = useRouter();
  const [confirming, setConfirming] = useState(false);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<Msg | null>(null);
  const question = useRef<HTMLParagraphElement>(null);
  const opener = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (confirming) question.current?.focus();
  }, [confirming]);

  async function remove() {
    setPending(true);
    setError(null);
    try {
      const result = await deleteFolderContractAction(contractId);
      if (!result.ok) {
        setError(result.error);
        setPending(false);
        return;
      }
      router.push("/portal/contracts?deleted=1");
    } catch {
      setError("common.errors.unexpected");
      setPending(false);
    }
  }

  return (
    <section aria-labelledby="delete-contract-title" className="rounded-2xl border border-red-200 bg-white p-5">
      <h2 id="delete-contract-title" className="text-lg font-semibold">
        {t("title")}
      </h2>
      <p className="mt-1 text-sm text-slate-700">{t("text")}</p>
      {confirming ? (
        <div className="mt-4 space-y-3 rounded-xl bg-red-50 p-4">
          <p ref={question} tabIndex={-1} className="font-semibold text-red-900 outline-none">
            {t("confirm")}
          </p>
          {brokerContract && <p className="text-sm text-red-900">{t("brokerWarning")}</p>}
          <FormError message={error} />
          <div className="flex flex-col gap-2 sm:flex-row">
            <ConfirmPair
              size="md"
              confirmLabel={t("confirmYes")}
              pendingLabel={t("deleting")}
              cancelLabel={t("cancel")}
              onConfirm={remove}
              onCancel={() => {
                setConfirming(false);
                setError(null);
                setTimeout(() => opener.current?.focus(), 0);
              }}
              pending={pending}
            />
          </div>
        </div>
      ) : (
        <button
          ref={opener}
          type="button"
          onClick={() => setConfirming(true)}
          className="mt-4 w-full rounded-lg border border-red-300 px-4 py-2.5 font-medium text-red-800 hover:bg-red-50 sm:w-auto"
        >
          {t("button")}
        </button>
      )}
    </section>
  );
}
