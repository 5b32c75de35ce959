import "server-only";
import { db } from "../../db/client";
import { readEmailPreferences } from "../../validation/email-preferences";
import {
  BANK_ACCOUNTS_DEFAULT_FIRST,
  CUSTOMER_CONTACT_SELECT,
  CUSTOMER_NAME_SELECT,
} from "../customers/customer-master-data-select";
import { day, iso, type CustomerContext } from "./export-values";

/** The portal account (login, second factor, e-mail settings) and the own customer record with bank accounts. */
export async function exportAccount(ctx: CustomerContext) {
  const tenantId = ctx.tenant.id;
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
      where: { tenantId, id: ctx.actor.ownCustomerId },
      select: {
        customerNumber: true,
        ...CUSTOMER_NAME_SELECT,
        legalForm: true,
        birthDate: true,
        ...CUSTOMER_CONTACT_SELECT,
        createdAt: true,
        updatedAt: true,
        advisor: { select: { firstName: true, lastName: true } },
        household: { select: { name: true } },
        bankAccounts: {
          // a company's bank accounts belong to the company: only users with full access see them
          where: ctx.actor.company && !ctx.actor.company.coverage.confidential ? { id: { in: [] } } : { tenantId },
          orderBy: BANK_ACCOUNTS_DEFAULT_FIRST,
          select: { holder: true, iban: true, bic: true, isDefault: true, createdAt: true },
        },
      },
    }),
  ]);

  return {
    locale: user.locale,
    customerNumber: customer.customerNumber,
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
  };
}
