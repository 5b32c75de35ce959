import { z } from "zod";
import { cursorPage } from "./pagination";

// Messages are catalog keys (lib/i18n/messages/*/tickets.json); the limits below appear in those texts.
export const TICKET_KINDS = ["MESSAGE", "REQUEST", "CLAIM_REPORT", "CHANGE_REQUEST"] as const;
export type TicketKindValue = (typeof TICKET_KINDS)[number];
export const TICKET_STATUSES = ["OPEN", "CLOSED"] as const;
export type TicketStatusValue = (typeof TICKET_STATUSES)[number];

export const TICKET_SUBJECT_MIN = 3;
export const TICKET_SUBJECT_MAX = 150;
export const TICKET_BODY_MAX = 5000;
export const TICKET_NOTE_MAX = 2000;
/** Attachments per message; each follows the document upload rules (type allow-list, size limit). */
export const TICKET_ATTACHMENTS_MAX = 5;
/** New tickets per customer folder within 24 hours: stops a script or a stuck button flooding the office. */
export const TICKETS_PER_DAY = 10;
/** Messages per account within one hour (replies included). */
export const TICKET_MESSAGES_PER_HOUR = 60;

const uuidOrEmpty = (message: string) =>
  z
    .string()
    .trim()
    .transform((v) => v || null)
    .pipe(z.uuid(message).nullable());

const body = z
  .string()
  // line breaks are kept; surrounding blanks and Windows line ends are not
  .transform((v) => v.replace(/\r\n?/g, "\n").trim())
  .pipe(z.string().min(1, "tickets.validation.bodyRequired").max(TICKET_BODY_MAX, "tickets.validation.bodyTooLong"));

/** A new ticket: subject and message are required (myDIVERSO), the recipient defaults to the own advisor. */
export const newTicketFields = z.object({
  subject: z
    .string()
    // one line: tabs and line breaks in a subject become spaces
    .transform((v) => v.replace(/\s+/g, " ").trim())
    .pipe(
      z
        .string()
        .min(TICKET_SUBJECT_MIN, "tickets.validation.subjectTooShort")
        .max(TICKET_SUBJECT_MAX, "tickets.validation.subjectTooLong"),
    ),
  body,
  kind: z.enum(TICKET_KINDS, { error: "tickets.validation.kindInvalid" }).default("MESSAGE"),
  /** Customer: the responsible staff member (empty = own advisor). Staff: whom the ticket goes to (empty = self). */
  assigneeId: uuidOrEmpty("tickets.validation.assigneeInvalid").default(null),
  /** Staff only, opening a ticket on a customer's behalf (e.g. after a phone call). */
  customerId: uuidOrEmpty("tickets.validation.customerInvalid").default(null),
  /**
   * Staff only, for a COMPANY customer: the one portal account of the company the ticket is addressed to
   * (required there, checked by createTicket); empty for a private customer. Customers never set it.
   */
  addressedUserId: uuidOrEmpty("tickets.validation.addresseeInvalid").default(null),
});
export type NewTicketInput = z.input<typeof newTicketFields>;
export type NewTicketData = z.output<typeof newTicketFields>;

/** A reply; `internal` (staff only) makes it a note the customer never sees. */
export const ticketReplyFields = z.object({
  body,
  internal: z
    .union([z.boolean(), z.enum(["true", "false", "on", ""])])
    .transform((v) => v === true || v === "true" || v === "on")
    .default(false),
});
export type TicketReplyInput = z.input<typeof ticketReplyFields>;
export type TicketReplyData = z.output<typeof ticketReplyFields>;

/** Staff hand a ticket to a colleague (or take it); the note is internal. */
export const ticketForwardInput = z.object({
  ticketId: z.uuid("tickets.validation.ticketInvalid"),
  assigneeId: z.uuid("tickets.validation.assigneeInvalid"),
  note: z
    .string()
    .trim()
    .max(TICKET_NOTE_MAX, "tickets.validation.noteTooLong")
    .transform((v) => v || null)
    .default(""),
});
export type TicketForwardInput = z.input<typeof ticketForwardInput>;

export const ticketIdInput = z.object({ ticketId: z.uuid("tickets.validation.ticketInvalid") });

/** Staff inbox: status filter, whose tickets, free text, order by last activity, cursor pages (search params). */
export const ticketInboxSearch = cursorPage.extend({
  status: z.enum(["OPEN", "CLOSED", "ALL"]).catch("OPEN").default("OPEN"),
  /** "mine" (assigned to me), "all", "unassigned" or a staff member's id */
  assignee: z
    .union([z.enum(["mine", "all", "unassigned"]), z.uuid()])
    .catch("all")
    .default("all"),
  q: z.string().trim().max(100).catch("").default(""),
  sort: z.enum(["recent", "oldest"]).catch("recent").default("recent"),
});
export type TicketInboxSearch = z.infer<typeof ticketInboxSearch>;

/** Customer's list: open or closed conversations. */
export const customerTicketSearch = cursorPage.extend({
  status: z.enum(["OPEN", "CLOSED", "ALL"]).catch("ALL").default("ALL"),
});
export type CustomerTicketSearch = z.infer<typeof customerTicketSearch>;
