/**
 * Raised by transports. The message carries the provider's status and error name only — never
 * the message body or credentials — because the outbox stores it in lastError.
 * `permanent` marks errors a retry cannot fix (the provider rejected the payload itself).
 */
export class TransportError extends Error {
  readonly permanent: boolean;
  readonly statusCode: number | null;

  constructor(message: string, options: { statusCode?: number | null; permanent?: boolean } = {}) {
    super(message);
    this.name = "TransportError";
    this.statusCode = options.statusCode ?? null;
    this.permanent = options.permanent ?? false;
  }
}

/** 400/422 mean "this request is wrong"; everything else (429, 5xx, network, auth) may recover. */
export function isPermanentStatus(status: number | null | undefined): boolean {
  return status === 400 || status === 422;
}
