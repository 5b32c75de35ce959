import "server-only";
import { now } from "../../clock";
import { isEmptyCoverage } from "../../company/role-coverage";
import type { CompanyRole } from "../../db/generated/enums";
import { db } from "../../db/client";
import { requireCustomer } from "../context/access-error";
import type { CustomerActor, RequestContext } from "../context/types";
import { listVisibleDocuments, type DocumentListItem } from "../documents/list-visible-documents";
import { canWriteModule } from "./folder-rights";
import { getContactCard, type ContactCard } from "./get-contact-card";
import { listLatestNotifications, type LatestNotification } from "./list-latest-notifications";
import { listUpcomingDeadlines, type UpcomingDeadline } from "./list-upcoming-deadlines";
import { summarizeContracts, type ContractSummary } from "./summarize-contracts";

export type QuickActions = {
  /**
   * "/portal/messages/new" when the customer may write in the portal (COMMUNICATION WRITE, own folder);
   * otherwise mailto: the advisor, else the office; null when neither has an address.
   */
  messageHref: string | null;
  reportClaim: boolean;
  uploadDocument: boolean;
  changeProfile: boolean;
};

export type PortalHomeData = {
  greetingName: string;
  /** The moment the page was built: relative dates ("vor 2 Stunden") are measured from it. */
  now: Date;
  notifications: LatestNotification[];
  contact: ContactCard;
  actions: QuickActions;
  /** Null when no contract module is released to the customer. */
  summary: ContractSummary | null;
  /** Null when no contract module is released (the section is not shown then). */
  deadlines: UpcomingDeadline[] | null;
  documents: DocumentListItem[];
  /** Set for a company account: the company's name and the account's roles ("Ihre Rollen: Flottenmanager"). */
  company: PortalHomeCompany | null;
};

export type PortalHomeCompany = {
  name: string;
  roles: CompanyRole[];
  isUserManager: boolean;
  /** the roles cover some line: false for a user manager or group manager alone (no data sections then) */
  seesData: boolean;
};

/**
 * What the customer's start page shows. Called for the signed-in customer and, with the preview
 * context, for the broker's "view as customer" — one loader so both cannot drift apart. All reads
 * run side by side; each is one indexed query (or two) scoped to the tenant and the viewed folder.
 */
export async function loadPortalHome(ctx: RequestContext | null): Promise<PortalHomeData> {
  requireCustomer(ctx);
  const access = ctx.actor.company;
  // a company account whose roles cover no line sees no contract, document or claim: none of it is read
  const seesData = !access || !isEmptyCoverage(access.coverage);
  const [greetingName, notifications, contact, summary, deadlines, documents, companyName] = await Promise.all([
    greetingNameOf(ctx),
    listLatestNotifications(ctx, { take: 5 }),
    getContactCard(ctx),
    seesData ? summarizeContracts(ctx) : null,
    seesData ? listUpcomingDeadlines(ctx) : [],
    seesData ? listVisibleDocuments(ctx, { take: 5 }) : { items: [] },
    access
      ? db.customer
          .findFirst({ where: { tenantId: ctx.tenant.id, id: access.companyId }, select: { companyName: true } })
          .then((c) => c?.companyName ?? ctx.actor.displayName)
      : null,
  ]);
  // a portal message is confidential and reaches the office's inbox; e-mail stays the way for everyone else
  const messageTo = contact.advisor?.email ?? contact.office.email;
  const mailto = messageTo ? `mailto:${messageTo}` : null;
  return {
    greetingName,
    now: now(),
    notifications,
    contact,
    actions: {
      messageHref: canWriteModule(ctx, "COMMUNICATION") ? "/portal/messages/new" : mailto,
      reportClaim: seesData && canWriteModule(ctx, "CLAIMS"),
      uploadDocument: seesData && !ctx.actor.folderReadOnly,
      changeProfile: seesData && canWriteModule(ctx, "PROFILE"),
    },
    summary,
    deadlines: summary ? deadlines : null,
    documents: documents.items,
    company:
      access && companyName !== null
        ? { name: companyName, roles: access.roles, isUserManager: access.isUserManager, seesData }
        : null,
  };
}

/**
 * "Guten Tag, Max Mustermann": the signed-in person's own name (also while viewing a household
 * member's folder). The broker's preview may stand in for a customer without an account: then the
 * folder's own record gives the name.
 */
async function greetingNameOf(ctx: RequestContext & { actor: CustomerActor }): Promise<string> {
  const tenantId = ctx.tenant.id;
  const [user, customer] = await Promise.all([
    db.user.findFirst({ where: { tenantId, id: ctx.actor.id }, select: { firstName: true, lastName: true } }),
    ctx.actor.customerId === ctx.actor.ownCustomerId
      ? db.customer.findFirst({
          where: { tenantId, id: ctx.actor.ownCustomerId },
          select: { kind: true, firstName: true, lastName: true, companyName: true },
        })
      : null,
  ]);
  const fullName = (p: { firstName: string | null; lastName: string | null }) =>
    [p.firstName, p.lastName].filter(Boolean).join(" ");
  if (user && fullName(user)) return fullName(user);
  if (customer) return (customer.kind === "COMPANY" ? customer.companyName : fullName(customer)) || ctx.actor.displayName;
  return ctx.actor.displayName;
}
