import type { TicketEventType, TicketKind, TicketStatus } from "../../db/generated/client";
import type { Msg } from "../../i18n/message-key";

/** One row of a ticket list (customer list and staff inbox). */
export type TicketListItem = {
  id: string;
  number: number;
  subject: string;
  kind: TicketKind;
  status: TicketStatus;
  /** staff: any activity; customer: the activity they can see */
  lastActivityAt: Date;
  /** something new since this user last opened the ticket */
  unread: boolean;
  assignee: { id: string; name: string } | null;
  /** staff inbox only (null in the customer's list) */
  customer: { id: string; name: string; customerNumber: string } | null;
};

export type TicketAttachment = { id: string; title: string; fileName: string; contentType: string; sizeBytes: number };

/** One entry of a ticket's timeline, oldest first. Customers get only the public part. */
export type TicketTimelineEntry =
  | {
      type: "message";
      id: string;
      at: Date;
      author: { name: string; isStaff: boolean; isMe: boolean } | null;
      /** plain text; render escaped (components/tickets/message-text.tsx makes links safe) */
      body: string;
      internal: boolean;
      attachments: TicketAttachment[];
    }
  | {
      type: "event";
      id: string;
      at: Date;
      event: TicketEventType;
      actorName: string | null;
      /** FORWARDED/ASSIGNED: from and to (names); null for other events */
      from: string | null;
      to: string | null;
    };

export type TicketDetail = {
  id: string;
  number: number;
  subject: string;
  kind: TicketKind;
  status: TicketStatus;
  createdAt: Date;
  closedAt: Date | null;
  assignee: { id: string; name: string } | null;
  customer: { id: string; name: string; customerNumber: string };
  /** a company customer's ticket the office opened for one named portal account (null otherwise) */
  addressee: { id: string; name: string } | null;
  entries: TicketTimelineEntry[];
  /**
   * What the viewer may do now (the data layer checks again on every action). `attach`: files may go
   * with a reply or note — customers whenever they may reply, staff also need importDocuments.
   */
  can: { reply: boolean; attach: boolean; internalNote: boolean; forward: boolean; close: boolean; reopen: boolean };
  /**
   * The activity this view shows (staff: lastActivityAt, customer: lastPublicAt, read together with the
   * timeline). Pass it to markTicketRead, so a message saved after the page was read stays unread.
   */
  seenUpTo: Date;
};

/** A portal account of a company customer a ticket from the office can be addressed to. */
export type CompanyAddressee = { id: string; name: string; position: string | null; status: "ACTIVE" | "INVITED" };

/** A staff member a ticket can be addressed or forwarded to. */
export type TicketRecipient = { id: string; name: string; isAdvisor: boolean };

export type TicketActionResult = { ok: true; id: string } | { ok: false; error: Msg; fieldErrors?: Record<string, Msg> };

/** An attachment already streamed into S3 (checked type and size), waiting for its message row. */
export type StoredAttachment = {
  fileName: string;
  title: string;
  storageKey: string;
  contentType: string;
  sizeBytes: number;
  sha256: string;
};
