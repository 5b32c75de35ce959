import type { Msg } from "../../i18n/message-key";

/** A refused change-request step: the message (catalog key), the field it belongs to, a wait when throttled. */
export type ChangeRequestFailure = {
  ok: false;
  error: Msg;
  field?: string;
  fieldErrors?: Record<string, Msg>;
  retryAfterSeconds?: number;
};

export type ChangeRequestResult<T extends object = object> = ({ ok: true } & T) | ChangeRequestFailure;
