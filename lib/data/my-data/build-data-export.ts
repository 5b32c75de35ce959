import "server-only";
import { now } from "../../clock";
import { db } from "../../db/client";
import type { Prisma } from "../../db/generated/client";
import { localeFromDb } from "../../i18n/locales";
import { translatorFor, type Translator } from "../../i18n/translator-for";
import { keyBelongsToTenant } from "../../storage/object-key";
import { readEmailPreferences } from "../../validation/email-preferences";
import { requireCustomer } from "../context/access-error";
import type { CustomerActor, RequestContext } from "../context/types";
import { contractAccessWhere } from "../contracts/contract-access";
import { withheldContractFields } from "../contracts/list-visible-contracts";
import { customerDisplayName } from "../customers/customer-display-name";
import { documentAccessWhere } from "../documents/document-access";
import { requireOwnFolder } from "../portal/folder-rights";
import { accessLogRows } from "./list-access-log";

/** One document file of the ZIP: where it goes and which S3 object it is read from. */
export type ExportFile = { path: string; storageKey: string; contentType: string };

export type DataExport = {
  /** Everything for daten.json: dates as ISO strings, amounts as decimal strings. */
  json: Record<string, unknown>;
  files: ExportFile[];
  customerNumber: string;
  exportedAt: Date;
  /** How many records of each kind (the audit entry holds these, never the data). */
  counts: Record<string, number>;
};

type CustomerContext = RequestContext & { actor: CustomerActor };

// Enough for any real folder; the export must not become unbounded.
const LIMIT = 5000;
const DOCUMENTS_DIR = "dokumente";

const iso = (d: Date | null | undefined) => (d ? d.toISOString() : null);
/** Calendar dates (@db.Date) as YYYY-MM-DD. */
const day = (d: Date | null | undefined) => (d ? d.toISOString().slice(0, 10) : null);
const amount = (v: Prisma.Decimal | null | undefined) => (v ? v.toFixed(2) : null);

/**
 * The data part of "Meine Daten herunterladen" (GDPR Art. 15/20): everything the signed-in person may see
 * about themselves, with the same rules as the portal — released modules only, contracts and documents
 * through contractAccessWhere/documentAccessWhere, values the broker withholds (portalHideExpiryDates,
 * portalHideFinancials) left out entirely. Only in the own folder: a household member's folder is refused.
 * Reads only; the route records the export (recordDataExport) and streams the ZIP (writeExportZip).
 */
export async function buildDataExport(ctx: RequestContext | null): Promise<DataExport> {
  requireCustomer(ctx);
  requireOwnFolder(ctx);
  const tenantId = ctx.tenant.id;
  const customerId = ctx.actor.ownCustomerId;
  const releases = ctx.actor.releases;
  const withheld = withheldContractFields(ctx);
  const exportedAt = now();

  const [user, customer] = await Promise.all([
    db.user.findFirstOrThrow({
      where: { tenantId, id: ctx.actor.id, kind: "CUSTOMER" },
      select: {
        email: true,
        phone: true,
        firstName: true,
        lastName: true,
        locale: true,
        createdAt: true,
        lastLoginAt: true,
        emailVerifiedAt: true,
        phoneVerifiedAt: true,
        totpEnabledAt: true,
        smsSecondFactor: true,
        emailPreferences: true,
      },
    }),
    db.customer.findFirstOrThrow({
      where: { tenantId, id: customerId },
      select: {
        customerNumber: true,
        kind: true,
        salutation: true,
        title: true,
        firstName: true,
        lastName: true,
        companyName: true,
        legalForm: true,
        birthDate: true,
        email: true,
        mobile: true,
        phone: true,
        street: true,
        postalCode: true,
        city: true,
        country: true,
        createdAt: true,
        updatedAt: true,
        advisor: { select: { firstName: true, lastName: true } },
        household: { select: { name: true } },
        bankAccounts: {
          where: { tenantId },
          orderBy: [{ isDefault: "desc" }, { createdAt: "asc" }],
          select: { holder: true, iban: true, bic: true, isDefault: true, createdAt: true },
        },
      },
    }),
  ]);
  const t = translatorFor(localeFromDb(user.locale ?? ctx.tenant.locale));

  const [contracts, documents, claims, changeRequests, notifications, tickets, invoices, insuredObjects, consents, accessLog] =
    await Promise.all([
      loadContracts(ctx, withheld),
      db.document.findMany({
        where: documentAccessWhere(ctx),
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
        take: LIMIT,
        select: {
          id: true,
          title: true,
          category: true,
          fileName: true,
          contentType: true,
          sizeBytes: true,
          documentDate: true,
          createdAt: true,
          origin: true,
          storageKey: true,
          contractId: true,
        },
      }),
      releases.CLAIMS === "HIDDEN"
        ? null
        : db.claim.findMany({
            where: { tenantId, customerId },
            orderBy: [{ createdAt: "asc" }, { id: "asc" }],
            take: LIMIT,
            select: {
              id: true,
              contractId: true,
              occurredOn: true,
              description: true,
              status: true,
              createdAt: true,
              updatedAt: true,
              events: {
                where: { tenantId },
                orderBy: [{ createdAt: "asc" }, { id: "asc" }],
                select: { status: true, note: true, createdAt: true },
              },
            },
          }),
      db.changeRequest.findMany({
        where: { tenantId, customerId },
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
        take: LIMIT,
        select: {
          id: true,
          kind: true,
          status: true,
          payload: true,
          previous: true,
          reviewNote: true,
          createdAt: true,
          reviewedAt: true,
        },
      }),
      db.notification.findMany({
        where: { tenantId, userId: ctx.actor.id },
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
        take: LIMIT,
        select: { type: true, title: true, link: true, readAt: true, createdAt: true },
      }),
      releases.COMMUNICATION === "HIDDEN" ? null : loadMessages(ctx),
      releases.INVOICES === "HIDDEN"
        ? null
        : db.premiumInvoice.findMany({
            where: { tenantId, customerId },
            orderBy: [{ dueDate: "asc" }, { id: "asc" }],
            take: LIMIT,
            select: {
              number: true,
              contractId: true,
              amount: true,
              currency: true,
              periodStart: true,
              periodEnd: true,
              dueDate: true,
              status: true,
            },
          }),
      db.insuredObject.findMany({
        where: {
          tenantId,
          customerId,
          OR: [{ contract: contractAccessWhere(ctx) }, ...(releases.PROFILE !== "HIDDEN" ? [{ contractId: null }] : [])],
        },
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
        take: LIMIT,
        select: {
          kind: true,
          name: true,
          contractId: true,
          licensePlate: true,
          vin: true,
          street: true,
          postalCode: true,
          city: true,
        },
      }),
      db.householdConsent.findMany({
        where: { tenantId, OR: [{ grantorCustomerId: customerId }, { granteeCustomerId: customerId }] },
        orderBy: [{ grantedAt: "asc" }, { id: "asc" }],
        take: LIMIT,
        select: {
          grantorCustomerId: true,
          grantedAt: true,
          revokedAt: true,
          grantor: { select: { kind: true, firstName: true, lastName: true, companyName: true } },
          grantee: { select: { kind: true, firstName: true, lastName: true, companyName: true } },
        },
      }),
      accessLogRows(ctx, { take: LIMIT }),
    ]);

  // A reference to a contract is kept only when the customer may see that contract.
  const policyOf = new Map(contracts.map((c) => [c.id as string, (c.policyNumber as string | null) ?? null]));
  const contractRef = (id: string | null) => (id && policyOf.has(id) ? { contractId: id, policyNumber: policyOf.get(id) } : {});

  const files: ExportFile[] = [];
  const usedPaths = new Set<string>();
  const documentEntries = documents.map((d) => {
    let file: string | null = null;
    if (keyBelongsToTenant(d.storageKey, tenantId)) {
      file = uniquePath(`${DOCUMENTS_DIR}/${day(d.documentDate ?? d.createdAt)}_${sanitizeFileName(d.fileName)}`, usedPaths);
      files.push({ path: file, storageKey: d.storageKey, contentType: d.contentType });
    }
    return {
      id: d.id,
      title: d.title,
      category: d.category,
      fileName: d.fileName,
      contentType: d.contentType,
      sizeBytes: d.sizeBytes,
      documentDate: day(d.documentDate),
      addedAt: iso(d.createdAt),
      uploadedBy: d.origin === "CUSTOMER" ? "customer" : "broker",
      ...contractRef(d.contractId),
      file,
    };
  });

  const counts = {
    contracts: contracts.length,
    documents: documentEntries.length,
    claims: claims?.length ?? 0,
    changeRequests: changeRequests.length,
    notifications: notifications.length,
    messages: tickets?.reduce((n, tk) => n + tk.messages.length, 0) ?? 0,
    accessLogEntries: accessLog.length,
  };

  const json = {
    format: "maklerportal-data-export/1",
    exportedAt: iso(exportedAt),
    broker: ctx.tenant.name,
    notIncluded: {
      // field names per section that the broker hides in the portal (left out below)
      withheldByBroker: {
        contracts: [
          ...(withheld.expiry ? ["endDate"] : []),
          ...(withheld.financials ? ["sumInsured", "grossPremium", "paymentFrequency", "paymentMethod"] : []),
        ],
        invoices: withheld.financials ? ["amount"] : [],
      },
      sectionsNotReleased: [...(claims ? [] : ["claims"]), ...(tickets ? [] : ["messages"]), ...(invoices ? [] : ["invoices"])],
    },
    account: {
      email: user.email,
      phone: user.phone,
      firstName: user.firstName,
      lastName: user.lastName,
      language: user.locale,
      createdAt: iso(user.createdAt),
      lastLoginAt: iso(user.lastLoginAt),
      emailVerifiedAt: iso(user.emailVerifiedAt),
      phoneVerifiedAt: iso(user.phoneVerifiedAt),
      twoFactor: { authenticatorApp: user.totpEnabledAt !== null, sms: user.smsSecondFactor },
      emailPreferences: readEmailPreferences(user.emailPreferences),
    },
    customer: {
      customerNumber: customer.customerNumber,
      kind: customer.kind,
      salutation: customer.salutation,
      title: customer.title,
      firstName: customer.firstName,
      lastName: customer.lastName,
      companyName: customer.companyName,
      legalForm: customer.legalForm,
      birthDate: day(customer.birthDate),
      email: customer.email,
      mobile: customer.mobile,
      phone: customer.phone,
      address: { street: customer.street, postalCode: customer.postalCode, city: customer.city, country: customer.country },
      advisor: customer.advisor
        ? [customer.advisor.firstName, customer.advisor.lastName].filter(Boolean).join(" ") || null
        : null,
      household: customer.household?.name ?? null,
      createdAt: iso(customer.createdAt),
      updatedAt: iso(customer.updatedAt),
      bankAccounts: customer.bankAccounts.map((b) => ({
        holder: b.holder,
        iban: b.iban,
        bic: b.bic,
        isDefault: b.isDefault,
        addedAt: iso(b.createdAt),
      })),
    },
    contracts,
    documents: documentEntries,
    ...(claims
      ? {
          claims: claims.map((c) => ({
            id: c.id,
            ...contractRef(c.contractId),
            occurredOn: day(c.occurredOn),
            description: c.description,
            status: c.status,
            reportedAt: iso(c.createdAt),
            updatedAt: iso(c.updatedAt),
            events: c.events.map((e) => ({ status: e.status, note: e.note, at: iso(e.createdAt) })),
          })),
        }
      : {}),
    changeRequests: changeRequests.map((r) => ({
      id: r.id,
      kind: r.kind,
      status: r.status,
      requested: r.payload,
      ...(r.status === "APPLIED" && r.previous ? { replaced: r.previous } : {}),
      reviewNote: r.reviewNote,
      requestedAt: iso(r.createdAt),
      reviewedAt: iso(r.reviewedAt),
    })),
    ...(tickets ? { messages: tickets } : {}),
    ...(invoices
      ? {
          invoices: invoices.map((i) => ({
            number: i.number,
            ...contractRef(i.contractId),
            ...(withheld.financials ? {} : { amount: amount(i.amount), currency: i.currency }),
            periodStart: day(i.periodStart),
            periodEnd: day(i.periodEnd),
            dueDate: day(i.dueDate),
            status: i.status,
          })),
        }
      : {}),
    insuredObjects: insuredObjects.map((o) => ({
      kind: o.kind,
      name: o.name,
      ...contractRef(o.contractId),
      licensePlate: o.licensePlate,
      vin: o.vin,
      address: o.street || o.city ? { street: o.street, postalCode: o.postalCode, city: o.city } : null,
    })),
    notifications: notifications.map((n) => ({
      type: n.type,
      title: n.title,
      link: n.link,
      createdAt: iso(n.createdAt),
      readAt: iso(n.readAt),
    })),
    householdConsents: consents.map((c) => {
      const given = c.grantorCustomerId === customerId;
      return {
        direction: given ? "given" : "held",
        // only the other member's name: their folder is theirs
        otherMember: customerDisplayName(given ? c.grantee : c.grantor),
        grantedAt: iso(c.grantedAt),
        revokedAt: iso(c.revokedAt),
      };
    }),
    accessLog: accessLog.map((e) => ({
      at: iso(e.at),
      staffMember: e.staffName,
      action: e.action,
      description: accessLabel(t, e.action),
      ...(e.fields.length ? { fields: e.fields } : {}),
    })),
  };

  return { json, files, customerNumber: customer.customerNumber, exportedAt, counts };
}

/** Visible contracts with the values the broker withholds left out (not null: absent). */
async function loadContracts(
  ctx: CustomerContext,
  withheld: { expiry: boolean; financials: boolean },
): Promise<Record<string, unknown>[]> {
  const rows = await db.contract.findMany({
    where: contractAccessWhere(ctx),
    orderBy: [{ module: "asc" }, { startDate: "asc" }, { id: "asc" }],
    take: LIMIT,
    select: {
      id: true,
      module: true,
      status: true,
      origin: true,
      policyNumber: true,
      product: true,
      insurerName: true,
      startDate: true,
      endDate: true,
      mainDueDay: true,
      mainDueMonth: true,
      noticePeriodMonths: true,
      sumInsured: true,
      grossPremium: true,
      currency: true,
      paymentFrequency: true,
      paymentMethod: true,
      notes: true,
      cancelledAt: true,
      createdAt: true,
      line: { select: { code: true, name: true } },
      insurer: { select: { name: true } },
    },
  });
  return rows.map((c) => ({
    id: c.id,
    module: c.module,
    status: c.status,
    addedBy: c.origin === "CUSTOMER" ? "customer" : "broker",
    policyNumber: c.policyNumber,
    insurer: c.insurer?.name ?? c.insurerName,
    line: c.line ? { code: c.line.code, name: c.line.name } : null,
    product: c.product,
    startDate: day(c.startDate),
    ...(withheld.expiry ? {} : { endDate: day(c.endDate) }),
    mainDueDate:
      c.mainDueDay && c.mainDueMonth
        ? `${String(c.mainDueDay).padStart(2, "0")}.${String(c.mainDueMonth).padStart(2, "0")}.`
        : null,
    noticePeriodMonths: c.noticePeriodMonths,
    ...(withheld.financials
      ? {}
      : {
          sumInsured: amount(c.sumInsured),
          grossPremium: amount(c.grossPremium),
          currency: c.currency,
          paymentFrequency: c.paymentFrequency,
          paymentMethod: c.paymentMethod,
        }),
    // the broker's notes are internal; the customer's own note on an own contract is theirs
    ...(c.origin === "CUSTOMER" ? { notes: c.notes } : {}),
    cancelledAt: iso(c.cancelledAt),
    createdAt: iso(c.createdAt),
  }));
}

/** Conversations of the own customer record without the office's internal notes. */
async function loadMessages(ctx: CustomerContext) {
  const tenantId = ctx.tenant.id;
  const tickets = await db.ticket.findMany({
    where: { tenantId, customerId: ctx.actor.ownCustomerId },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    take: LIMIT,
    select: {
      number: true,
      subject: true,
      kind: true,
      status: true,
      createdAt: true,
      closedAt: true,
      messages: {
        where: { tenantId, isInternal: false },
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
        select: { authorId: true, body: true, createdAt: true },
      },
    },
  });
  const authorIds = [...new Set(tickets.flatMap((tk) => tk.messages.map((m) => m.authorId)).filter((id) => id !== null))];
  const customerAuthors = new Set(
    authorIds.length
      ? (await db.user.findMany({ where: { tenantId, kind: "CUSTOMER", id: { in: authorIds } }, select: { id: true } })).map(
          (u) => u.id,
        )
      : [],
  );
  return tickets.map((tk) => ({
    number: tk.number,
    subject: tk.subject,
    kind: tk.kind,
    status: tk.status,
    createdAt: iso(tk.createdAt),
    closedAt: iso(tk.closedAt),
    messages: tk.messages.map((m) => ({
      from: m.authorId && customerAuthors.has(m.authorId) ? "customer" : "broker",
      at: iso(m.createdAt),
      text: m.body,
    })),
  }));
}

/** The audit catalogue's label ("Kundenakte geöffnet"), or the generic one for actions it does not know. */
export function accessLabel(t: Translator, action: string): string {
  const key = `audit.actions.${action.replace(".", "_")}`;
  const loose = t as unknown as { (key: string): string; has(key: string): boolean };
  return loose.has(key) ? loose(key) : loose("myData.accessLog.genericAction");
}

/**
 * A file name safe in every unzip tool: no path parts, no control or reserved characters, at most
 * 120 characters, extension kept. Letters with umlauts stay (the ZIP marks names as UTF-8).
 */
export function sanitizeFileName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? "";
  const cleaned = base
    .normalize("NFC")
    .replace(/[^\p{L}\p{N}._ -]+/gu, "_")
    .replace(/\s+/g, "_")
    .replace(/_+/g, "_")
    .replace(/^[._-]+/, "");
  const dot = cleaned.lastIndexOf(".");
  const [stem, ext] = dot > 0 ? [cleaned.slice(0, dot), cleaned.slice(dot).slice(0, 10)] : [cleaned, ""];
  return `${stem.slice(0, 120 - ext.length) || "dokument"}${ext}`;
}

/** "a.pdf", then "a-2.pdf", "a-3.pdf" … (case-insensitive: Windows and macOS would clash otherwise). */
function uniquePath(path: string, used: Set<string>): string {
  const dot = path.lastIndexOf(".");
  const slash = path.lastIndexOf("/");
  const [stem, ext] = dot > slash ? [path.slice(0, dot), path.slice(dot)] : [path, ""];
  let candidate = path;
  for (let n = 2; used.has(candidate.toLowerCase()); n++) candidate = `${stem}-${n}${ext}`;
  used.add(candidate.toLowerCase());
  return candidate;
}
