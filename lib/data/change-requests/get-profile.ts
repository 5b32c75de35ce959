import "server-only";
import { friendlyFormatIBAN } from "ibantools";
import { CODE_RULES } from "../../auth/one-time-code/code-rules";
import { now } from "../../clock";
import { db } from "../../db/client";
import { readChangeValues, type ChangeValues } from "../../validation/change-request";
import { requireCustomer } from "../context/access-error";
import type { RequestContext } from "../context/types";
import { customerAccessWhere } from "../customers/customer-access";
import {
  BANK_ACCOUNTS_DEFAULT_FIRST,
  CUSTOMER_CONTACT_SELECT,
  CUSTOMER_NAME_SELECT,
} from "../customers/customer-master-data-select";
import { canWriteModule } from "../portal/folder-rights";
import { maskEmail, maskPhone } from "../invitations/mask-contact";
import { CONTACT_CODE_PURPOSE } from "./contact-code";
import { maskIban } from "./mask-iban";

export type ProfileRequest = {
  id: string;
  kind: "ADDRESS" | "BANK_ACCOUNT" | "PHONE" | "EMAIL";
  status: "PENDING" | "APPLIED" | "REJECTED";
  createdAt: Date;
  reviewedAt: Date | null;
  reviewNote: string | null;
  /** What was asked for; bank accounts with the IBAN masked. */
  requested: ChangeValues | null;
};

export type Profile =
  | { released: false }
  | {
      released: true;
      /** WRITE release in the own folder: the change forms are offered. */
      canRequest: boolean;
      customer: {
        kind: "PERSON" | "COMPANY";
        customerNumber: string;
        salutation: string | null;
        title: string | null;
        firstName: string | null;
        lastName: string | null;
        companyName: string | null;
        birthDate: Date | null;
        street: string | null;
        postalCode: string | null;
        city: string | null;
        country: string;
        email: string | null;
        mobile: string | null;
        phone: string | null;
      };
      bankAccounts: { id: string; holder: string; ibanMasked: string; bic: string | null; isDefault: boolean }[];
      requests: ProfileRequest[];
      pendingKinds: ProfileRequest["kind"][];
      /** A code sent to a new e-mail / mobile that can still be entered (masked), so a reopened page asks for it. */
      openCodes: { EMAIL: string | null; PHONE: string | null };
    };

const HISTORY = 20;

/**
 * The customer's master data as the folder shows it (PROFILE released READ or WRITE) plus their
 * change requests, newest first. PROFILE hidden → nothing at all. IBANs leave the server masked.
 */
export async function getProfile(ctx: RequestContext | null): Promise<Profile> {
  requireCustomer(ctx);
  if (ctx.actor.releases.PROFILE === "HIDDEN") return { released: false };
  // a company's master data and bank accounts are for its full-access users only, not every employee
  if (ctx.actor.company && !ctx.actor.company.coverage.confidential) return { released: false };
  const tenantId = ctx.tenant.id;
  const customer = await db.customer.findFirst({
    where: { AND: [customerAccessWhere(ctx), { id: ctx.actor.customerId }] },
    select: {
      id: true,
      customerNumber: true,
      ...CUSTOMER_NAME_SELECT,
      birthDate: true,
      ...CUSTOMER_CONTACT_SELECT,
      bankAccounts: {
        where: { tenantId },
        orderBy: BANK_ACCOUNTS_DEFAULT_FIRST,
        select: { id: true, holder: true, iban: true, bic: true, isDefault: true },
      },
      changeRequests: {
        where: { tenantId },
        orderBy: { createdAt: "desc" },
        take: HISTORY,
        select: { id: true, kind: true, status: true, createdAt: true, reviewedAt: true, reviewNote: true, payload: true },
      },
    },
  });
  if (!customer) return { released: false };
  const canRequest = canWriteModule(ctx, "PROFILE") && ctx.actor.customerId === ctx.actor.ownCustomerId;

  const openCodes = { EMAIL: null as string | null, PHONE: null as string | null };
  if (canRequest) {
    const codes = await db.oneTimeCode.findMany({
      where: {
        tenantId,
        userId: ctx.actor.id,
        purpose: { in: [CONTACT_CODE_PURPOSE.EMAIL, CONTACT_CODE_PURPOSE.PHONE] },
        consumedAt: null,
        expiresAt: { gt: now() },
        attempts: { lt: CODE_RULES.maxAttemptsPerCode },
      },
      orderBy: { createdAt: "desc" },
      select: { purpose: true, target: true },
    });
    const email = codes.find((c) => c.purpose === CONTACT_CODE_PURPOSE.EMAIL)?.target;
    const phone = codes.find((c) => c.purpose === CONTACT_CODE_PURPOSE.PHONE)?.target;
    openCodes.EMAIL = email ? maskEmail(email) : null;
    openCodes.PHONE = phone ? maskPhone(phone) : null;
  }

  const { bankAccounts, changeRequests, id: _id, ...master } = customer;
  const requests: ProfileRequest[] = changeRequests.map((r) => {
    const requested = readChangeValues(r.kind, r.payload);
    return {
      id: r.id,
      kind: r.kind,
      status: r.status,
      createdAt: r.createdAt,
      reviewedAt: r.reviewedAt,
      reviewNote: r.status === "REJECTED" ? r.reviewNote : null,
      requested:
        requested?.kind === "BANK_ACCOUNT" && requested.value
          ? { kind: "BANK_ACCOUNT", value: { ...requested.value, iban: maskIban(requested.value.iban) } }
          : requested,
    };
  });
  return {
    released: true,
    canRequest,
    customer: master,
    bankAccounts: bankAccounts.map((a) => ({
      id: a.id,
      holder: a.holder,
      ibanMasked: maskIban(friendlyFormatIBAN(a.iban) ?? a.iban),
      bic: a.bic,
      isDefault: a.isDefault,
    })),
    requests,
    pendingKinds: [...new Set(requests.filter((r) => r.status === "PENDING").map((r) => r.kind))],
    openCodes,
  };
}
