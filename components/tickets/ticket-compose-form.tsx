"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useId, useState, type FormEvent } from "react";
import type { CompanyAddressee, TicketRecipient } from "@/lib/data/tickets/types";
import type { Msg } from "@/lib/i18n/message-key";
import { translateMessage } from "@/lib/i18n/translate-message";
import { newTicketFields, TICKET_KINDS, TICKET_SUBJECT_MAX, ticketReplyFields } from "@/lib/validation/ticket";
import { AttachmentPicker, hasAttachmentProblems } from "./attachment-picker";
import { inputClass, InternalNoteToggle, Labelled, LabelledSelect, MessageBodyField } from "./compose-fields";
import { sendTicketForm } from "./send-ticket-form";

export type TicketComposeProps = {
  /** "new": subject, kind, recipient, message, files; "reply": message, files (+ internal toggle for staff) */
  mode: "new" | "reply";
  /** where the multipart form is POSTed: "/api/tickets" (new; staff add ?customer=<id>) or "/api/tickets/<id>/messages" */
  action: string;
  /** new: the recipient select (first entry preselected); omitted = no select */
  recipients?: TicketRecipient[];
  /**
   * new, staff, company customer: the select "An (Portalkonto der Firma)" — the one account the ticket is
   * addressed to (required; preselected only when there is exactly one). Omitted = no select.
   */
  addressees?: CompanyAddressee[];
  /** new: offer the kind select (message, request, claim report, change request) */
  showKind?: boolean;
  /** reply by staff: the "Interne Notiz (für den Kunden unsichtbar)" checkbox */
  allowInternal?: boolean;
  /** offer the file picker (default true); false for staff without importDocuments, whose files the server refuses */
  allowAttachments?: boolean;
  /** new: where to go after success, "{id}" is replaced by the ticket id; reply: the page refreshes */
  redirectTemplate?: string;
  /** the tenant's document size limit in bytes (getUploadLimit), for the attachments' early warning */
  maxUploadBytes: number;
};

type Field = "subject" | "body" | "kind" | "assigneeId" | "addressedUserId";
const FIELDS: readonly string[] = ["subject", "body", "kind", "assigneeId", "addressedUserId"] satisfies Field[];
type Phase = { kind: "idle" } | { kind: "sending"; progress: number } | { kind: "sent" };

/**
 * Writes a new ticket or a reply, with up to five attachments, in one multipart request (fields
 * first, files last) sent with upload progress. The same zod schema as the server checks the fields
 * first; the server's translated refusals appear next to their field or above the form.
 */
export function TicketComposeForm({
  mode,
  action,
  recipients,
  addressees,
  showKind,
  allowInternal,
  allowAttachments = true,
  redirectTemplate,
  maxUploadBytes,
}: TicketComposeProps) {
  const t = useTranslations("ticketUi.compose");
  const tUi = useTranslations("ticketUi");
  const tTo = useTranslations("brokerTickets.compose");
  const tAll = useTranslations();
  const router = useRouter();
  const id = useId();
  const [subject, setSubject] = useState("");
  const [body, setBody] = useState("");
  const [kind, setKind] = useState<string>(TICKET_KINDS[0]);
  const [assigneeId, setAssigneeId] = useState(recipients?.[0]?.id ?? "");
  const [addressedUserId, setAddressedUserId] = useState(addressees?.length === 1 ? addressees[0]!.id : "");
  const [internal, setInternal] = useState(false);
  const [files, setFiles] = useState<File[]>([]);
  const [phase, setPhase] = useState<Phase>({ kind: "idle" });
  const [formError, setFormError] = useState<string | null>(null);
  const [fieldErrors, setFieldErrors] = useState<Partial<Record<Field, string>>>({});
  const busy = phase.kind === "sending";
  const isNew = mode === "new";

  function checkFields(): boolean {
    const checked = isNew
      ? newTicketFields.safeParse({ subject, body, kind, assigneeId, addressedUserId })
      : ticketReplyFields.safeParse({ body, internal });
    // a company's ticket needs its account (the server refuses it without one, too)
    const addresseeMissing = isNew && addressees !== undefined && !addressedUserId;
    if (checked.success && !addresseeMissing) return true;
    const found: Partial<Record<Field, string>> = {};
    if (addresseeMissing) found.addressedUserId = translateMessage(tAll, "tickets.validation.addresseeInvalid");
    if (checked.success) {
      setFieldErrors(found);
      return false;
    }
    for (const issue of checked.error.issues) {
      const field = String(issue.path[0] ?? "") as Field;
      if (FIELDS.includes(field)) found[field] ??= translateMessage(tAll, issue.message as Msg);
    }
    setFieldErrors(found);
    if (Object.keys(found).length === 0) setFormError(translateMessage(tAll, "common.errors.checkInput"));
    return false;
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    setFormError(null);
    setFieldErrors({});
    if (!checkFields()) return;
    if (hasAttachmentProblems(files, maxUploadBytes)) {
      setFormError(t("fixFiles"));
      return;
    }
    // the fields first, the files last: the route reads them before it streams the files
    const form = new FormData();
    if (isNew) {
      form.append("subject", subject);
      if (showKind) form.append("kind", kind);
      if (recipients) form.append("assigneeId", assigneeId);
      if (addressees) form.append("addressedUserId", addressedUserId);
    } else if (allowInternal) {
      form.append("internal", internal ? "true" : "false");
    }
    form.append("body", body);
    if (allowAttachments) for (const file of files) form.append("files", file, file.name);

    setPhase({ kind: "sending", progress: 0 });
    const answer = await sendTicketForm(action, form, (progress) => setPhase({ kind: "sending", progress }));
    if (!answer.ok) {
      setPhase({ kind: "idle" });
      const byField: Partial<Record<Field, string>> = {};
      const other: string[] = [];
      for (const [field, text] of Object.entries(answer.fieldErrors)) {
        if (FIELDS.includes(field)) byField[field as Field] = text;
        else other.push(text);
      }
      setFieldErrors(byField);
      setFormError([answer.error ?? t("network"), ...other].join(" "));
      return;
    }
    if (isNew && redirectTemplate) {
      router.push(redirectTemplate.replace("{id}", encodeURIComponent(answer.id)));
      return;
    }
    setBody("");
    setSubject("");
    setFiles([]);
    setInternal(false);
    setPhase({ kind: "sent" });
    router.refresh();
  }

  const percent = phase.kind === "sending" ? Math.round(phase.progress * 100) : 0;
  const submitLabel = isNew ? t("submitNew") : internal ? t("submitNote") : t("submitReply");
  return (
    <form onSubmit={submit} noValidate className="space-y-4" data-testid={`ticket-compose-${mode}`}>
      {formError && (
        <p role="alert" className="rounded-lg bg-red-50 px-3 py-2 text-sm text-red-800" data-testid="ticket-compose-error">
          {formError}
        </p>
      )}
      <fieldset disabled={busy} className="space-y-4">
        {isNew && addressees && (
          <Labelled id={`${id}-addressee`} label={tTo("addressee")} error={fieldErrors.addressedUserId}>
            <select
              id={`${id}-addressee`}
              name="addressedUserId"
              value={addressedUserId}
              onChange={(e) => setAddressedUserId(e.target.value)}
              aria-invalid={fieldErrors.addressedUserId ? true : undefined}
              aria-describedby={fieldErrors.addressedUserId ? `${id}-addressee-error` : `${id}-addressee-hint`}
              className={inputClass}
              data-testid="ticket-addressee"
            >
              {addressees.length !== 1 && <option value="">{tTo("addresseeChoose")}</option>}
              {addressees.map((a) => {
                const label = a.position ? tTo("addresseeOption", { name: a.name, position: a.position }) : a.name;
                return (
                  <option key={a.id} value={a.id}>
                    {a.status === "INVITED" ? tTo("addresseeInvited", { label }) : label}
                  </option>
                );
              })}
            </select>
            <p id={`${id}-addressee-hint`} className="mt-1 text-sm text-slate-600">
              {tTo("addresseeHint")}
            </p>
          </Labelled>
        )}
        {isNew && (recipients || showKind) && (
          <div className="grid gap-4 sm:grid-cols-2">
            {recipients && (
              <LabelledSelect
                id={`${id}-assignee`}
                name="assigneeId"
                label={t("recipient")}
                value={assigneeId}
                onChange={setAssigneeId}
                options={recipients.map((r) => ({ value: r.id, label: r.isAdvisor ? t("advisor", { name: r.name }) : r.name }))}
                error={fieldErrors.assigneeId}
              />
            )}
            {showKind && (
              <LabelledSelect
                id={`${id}-kind`}
                name="kind"
                label={t("kind")}
                value={kind}
                onChange={setKind}
                options={TICKET_KINDS.map((k) => ({ value: k, label: tUi(`kinds.${k}`) }))}
                error={fieldErrors.kind}
              />
            )}
          </div>
        )}
        {isNew && (
          <Labelled id={`${id}-subject`} label={t("subject")} error={fieldErrors.subject}>
            <input
              id={`${id}-subject`}
              name="subject"
              type="text"
              value={subject}
              maxLength={TICKET_SUBJECT_MAX}
              onChange={(e) => setSubject(e.target.value)}
              aria-invalid={fieldErrors.subject ? true : undefined}
              aria-describedby={fieldErrors.subject ? `${id}-subject-error` : undefined}
              className={inputClass}
              data-testid="ticket-subject"
            />
          </Labelled>
        )}
        <MessageBodyField
          id={`${id}-body`}
          label={isNew ? t("body") : t("bodyReply")}
          rows={isNew ? 8 : 5}
          value={body}
          onChange={setBody}
          error={fieldErrors.body}
          internal={internal}
        />
        {allowInternal && !isNew && <InternalNoteToggle id={`${id}-internal`} checked={internal} onChange={setInternal} />}
        {allowAttachments && (
          <AttachmentPicker id={`${id}-files`} files={files} onChange={setFiles} disabled={busy} maxBytes={maxUploadBytes} />
        )}
      </fieldset>
      {phase.kind === "sending" && (
        <div className="space-y-1">
          <label htmlFor={`${id}-progress`} className="block text-sm font-medium">
            {t("progress", { percent })}
          </label>
          <progress id={`${id}-progress`} value={percent} max={100} className="accent-brand h-2 w-full" />
        </div>
      )}
      {phase.kind === "sent" && (
        <p role="status" className="rounded-lg bg-green-50 px-3 py-2 text-sm text-green-900" data-testid="ticket-compose-sent">
          {t("sent")}
        </p>
      )}
      <button
        type="submit"
        disabled={busy}
        className="bg-brand text-on-brand w-full rounded-lg px-4 py-2.5 font-medium hover:opacity-90 disabled:opacity-60 sm:w-auto"
        data-testid="ticket-submit"
      >
        {busy ? t("sending") : submitLabel}
      </button>
    </form>
  );
}
