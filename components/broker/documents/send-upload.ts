/** What the upload route answered: the new id, its translated refusal, or null when the network failed. */
export type UploadAnswer = { ok: true; id: string } | { ok: false; error: string | null };

/**
 * Posts one file with XMLHttpRequest because fetch() reports no upload progress. The form's text
 * fields must come before the file: the route reads them first and then streams the file to S3.
 */
export function sendUpload(url: string, form: FormData, onProgress: (fraction: number) => void): Promise<UploadAnswer> {
  return new Promise((resolve) => {
    const xhr = new XMLHttpRequest();
    xhr.open("POST", url);
    xhr.responseType = "json";
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress(event.loaded / event.total);
    };
    xhr.onload = () => {
      const body = (xhr.response ?? {}) as { id?: unknown; error?: unknown };
      if (xhr.status === 201 && typeof body.id === "string") resolve({ ok: true, id: body.id });
      else resolve({ ok: false, error: typeof body.error === "string" ? body.error : null });
    };
    xhr.onerror = () => resolve({ ok: false, error: null });
    xhr.onabort = () => resolve({ ok: false, error: null });
    xhr.send(form);
  });
}
