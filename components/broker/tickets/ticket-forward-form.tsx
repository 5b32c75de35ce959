"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { forwardTicketAction } from "@/app/(broker)/broker/tickets/actions/forward-ticket";
import { FieldShell, describedBy } from "@/components/ui/field-shell";
import { FormError } from "@/components/ui/form-error";
import { SelectField } from "@/components/ui/select-field";
import { SubmitButton } from "@/components/ui/submit-button";
import type { TicketRecipient } from "@/lib/data/tickets/types";
import type { Msg } from "@/lib/i18n/message-key";
import { TICKET_NOTE_MAX, ticketForwardInput } from "@/lib/validation/ticket";
import { FormSuccess } from "@/components/ui/form-success";

// The ticket id comes from the page, not from a field.
const forwardFields = ticketForwardInput.omit({ ticketId: true });
type ForwardFields = z.input<typeof forwardFields>;

/** Hand the ticket to a colleague, with an internal note the customer never sees. */
export function TicketForwardForm({ ticketId, colleagues }: { ticketId: string; colleagues: TicketRecipient[] }) {
  const t = useTranslations("brokerTickets.forward");
  const [error, setError] = useState<Msg | null>(null);
  const [serverErrors, setServerErrors] = useState<Record<string, Msg>>({});
  const [done, setDone] = useState(false);
  const { register, handleSubmit, reset, formState } = useForm<ForwardFields, unknown, ForwardFields>({
    resolver: zodResolver(forwardFields, undefined, { raw: true }),
    defaultValues: { assigneeId: "", note: "" },
  });
  const errors = formState.errors as Record<string, { message?: string } | undefined>;
  const err = (name: string) => (errors[name]?.message as Msg | undefined) ?? serverErrors[name];

  async function onSubmit(values: ForwardFields) {
    setError(null);
    setServerErrors({});
    setDone(false);
    try {
      const result = await forwardTicketAction({ ticketId, ...values });
      if (!result.ok) {
        setServerErrors(result.fieldErrors ?? {});
        setError(result.error);
        return;
      }
      setDone(true);
      reset({ assigneeId: "", note: "" });
    } catch {
      setError("common.errors.unexpected");
    }
  }

  const noteError = err("note");
  return (
    <form onSubmit={handleSubmit(onSubmit)} noValidate className="space-y-4">
      <FormError message={error} />
      {done && <FormSuccess>{t("done")}</FormSuccess>}
      <SelectField
        id="forward-to"
        label={t("to")}
        registration={register("assigneeId")}
        emptyLabel={t("choose")}
        options={colleagues.map((c) => ({ value: c.id, label: c.isAdvisor ? t("advisor", { name: c.name }) : c.name }))}
        error={err("assigneeId")}
      />
      <FieldShell id="forward-note" label={t("note")} error={noteError} hint={t("noteHint")}>
        <textarea
          id="forward-note"
          rows={4}
          maxLength={TICKET_NOTE_MAX}
          className="mt-1 block w-full rounded-lg border border-slate-300 px-3 py-2"
          aria-invalid={noteError ? true : undefined}
          aria-describedby={describedBy("forward-note", noteError, t("noteHint"))}
          {...register("note")}
        />
      </FieldShell>
      <SubmitButton pending={formState.isSubmitting} pendingLabel={t("submitting")}>
        {t("submit")}
      </SubmitButton>
    </form>
  );
}
