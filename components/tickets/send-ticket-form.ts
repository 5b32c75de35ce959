/** What the ticket routes answered: the new id, or their translated refusal (null texts: the network failed). */
export type TicketSendAnswer =
  { ok: true; id: string } | { ok: false; error: string | null; fieldErrors: Record<string, string> };

/**
 * Posts a ticket message with XMLHttpRequest because fetch() reports no upload progress. The form's
 * text fields must come before the files: the route checks the rights, then streams file after file.
 */
export function sendTicketForm(url: string, form: FormData, onProgress: (fraction: number) => void): Promise<TicketSendAnswer> {
  return new Promise((resolve) => {
    const failed = { ok: false, error: null, fieldErrors: {} } as const;
    const xhr = new XMLHttpRequest();
    xhr.open("POST", url);
    xhr.responseType = "json";
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress(event.loaded / event.total);
    };
    xhr.onload = () => {
      const body = (xhr.response ?? {}) as { id?: unknown; error?: unknown; fieldErrors?: unknown };
      if (xhr.status === 201 && typeof body.id === "string") return resolve({ ok: true, id: body.id });
      resolve({
        ok: false,
        error: typeof body.error === "string" ? body.error : null,
        fieldErrors: textsOnly(body.fieldErrors),
      });
    };
    xhr.onerror = () => resolve(failed);
    xhr.onabort = () => resolve(failed);
    xhr.send(form);
  });
}

function textsOnly(value: unknown): Record<string, string> {
  if (!value || typeof value !== "object") return {};
  return Object.fromEntries(Object.entries(value).filter((entry): entry is [string, string] => typeof entry[1] === "string"));
}
