// One JSON file per area and language so areas can be translated independently. German is the
// source catalog: its shape types every key (lib/i18n/next-intl.d.ts); English must match it
// (tests/unit/i18n-catalogs.test.ts).
import deAccount from "./de/account.json";
import deAudit from "./de/audit.json";
import deBroker from "./de/broker.json";
import deCommon from "./de/common.json";
import deContacts from "./de/contacts.json";
import deHouseholds from "./de/households.json";
import deRights from "./de/rights.json";
import deReleases from "./de/releases.json";
import deDocuments from "./de/documents.json";
import deContracts from "./de/contracts.json";
import deCustomers from "./de/customers.json";
import deImport from "./de/import.json";
import deInvitations from "./de/invitations.json";
import deLabels from "./de/labels.json";
import deLogin from "./de/login.json";
import deMail from "./de/mail.json";
import dePlatform from "./de/platform.json";
import dePortal from "./de/portal.json";
import deOnboarding from "./de/onboarding.json";
import deMyData from "./de/my-data.json";
import deNotifications from "./de/notifications.json";
import deClaims from "./de/claims.json";
import deChangeRequests from "./de/change-requests.json";
import deOwnContracts from "./de/own-contracts.json";
import deInbox from "./de/inbox.json";
import deFolder from "./de/folder.json";
import dePortalStart from "./de/portal-start.json";
import deTickets from "./de/tickets.json";
import deTicketUi from "./de/ticket-ui.json";
import dePortalMessages from "./de/portal-messages.json";
import deBrokerTickets from "./de/broker-tickets.json";
import deSettings from "./de/settings.json";
import deBranding from "./de/branding.json";
import deLegal from "./de/legal.json";
import deDomains from "./de/domains.json";
import deMailPreview from "./de/mail-preview.json";
import deTenantSettings from "./de/tenant-settings.json";
import dePlatformAdmin from "./de/platform-admin.json";
import deCompanyUsers from "./de/company-users.json";
import deCompanyModules from "./de/company-modules.json";
import deCompanyAdmin from "./de/company-admin.json";
import enAccount from "./en/account.json";
import enAudit from "./en/audit.json";
import enBroker from "./en/broker.json";
import enCommon from "./en/common.json";
import enContacts from "./en/contacts.json";
import enHouseholds from "./en/households.json";
import enRights from "./en/rights.json";
import enReleases from "./en/releases.json";
import enDocuments from "./en/documents.json";
import enContracts from "./en/contracts.json";
import enCustomers from "./en/customers.json";
import enImport from "./en/import.json";
import enInvitations from "./en/invitations.json";
import enLabels from "./en/labels.json";
import enLogin from "./en/login.json";
import enMail from "./en/mail.json";
import enPlatform from "./en/platform.json";
import enPortal from "./en/portal.json";
import enOnboarding from "./en/onboarding.json";
import enMyData from "./en/my-data.json";
import enNotifications from "./en/notifications.json";
import enClaims from "./en/claims.json";
import enChangeRequests from "./en/change-requests.json";
import enOwnContracts from "./en/own-contracts.json";
import enInbox from "./en/inbox.json";
import enFolder from "./en/folder.json";
import enPortalStart from "./en/portal-start.json";
import enTickets from "./en/tickets.json";
import enTicketUi from "./en/ticket-ui.json";
import enPortalMessages from "./en/portal-messages.json";
import enBrokerTickets from "./en/broker-tickets.json";
import enSettings from "./en/settings.json";
import enBranding from "./en/branding.json";
import enLegal from "./en/legal.json";
import enDomains from "./en/domains.json";
import enMailPreview from "./en/mail-preview.json";
import enTenantSettings from "./en/tenant-settings.json";
import enPlatformAdmin from "./en/platform-admin.json";
import enCompanyUsers from "./en/company-users.json";
import enCompanyModules from "./en/company-modules.json";
import enCompanyAdmin from "./en/company-admin.json";

export const GERMAN = {
  common: deCommon,
  login: deLogin,
  onboarding: deOnboarding,
  invitations: deInvitations,
  account: deAccount,
  audit: deAudit,
  broker: deBroker,
  customers: deCustomers,
  contracts: deContracts,
  contacts: deContacts,
  households: deHouseholds,
  import: deImport,
  rights: deRights,
  releases: deReleases,
  documents: deDocuments,
  portal: dePortal,
  platform: dePlatform,
  labels: deLabels,
  mail: deMail,
  portalStart: dePortalStart,
  folder: deFolder,
  inbox: deInbox,
  ownContracts: deOwnContracts,
  changeRequests: deChangeRequests,
  claims: deClaims,
  notifications: deNotifications,
  myData: deMyData,
  tickets: deTickets,
  ticketUi: deTicketUi,
  portalMessages: dePortalMessages,
  brokerTickets: deBrokerTickets,
  settings: deSettings,
  branding: deBranding,
  legal: deLegal,
  domains: deDomains,
  mailPreview: deMailPreview,
  tenantSettings: deTenantSettings,
  platformAdmin: dePlatformAdmin,
  companyUsers: deCompanyUsers,
  companyModules: deCompanyModules,
  companyAdmin: deCompanyAdmin,
};

export type Messages = typeof GERMAN;

export const ENGLISH: Messages = {
  common: enCommon,
  login: enLogin,
  onboarding: enOnboarding,
  invitations: enInvitations,
  account: enAccount,
  audit: enAudit,
  broker: enBroker,
  customers: enCustomers,
  contracts: enContracts,
  contacts: enContacts,
  households: enHouseholds,
  import: enImport,
  rights: enRights,
  releases: enReleases,
  documents: enDocuments,
  portal: enPortal,
  platform: enPlatform,
  labels: enLabels,
  mail: enMail,
  portalStart: enPortalStart,
  folder: enFolder,
  inbox: enInbox,
  ownContracts: enOwnContracts,
  changeRequests: enChangeRequests,
  claims: enClaims,
  notifications: enNotifications,
  myData: enMyData,
  tickets: enTickets,
  ticketUi: enTicketUi,
  portalMessages: enPortalMessages,
  brokerTickets: enBrokerTickets,
  settings: enSettings,
  branding: enBranding,
  legal: enLegal,
  domains: enDomains,
  mailPreview: enMailPreview,
  tenantSettings: enTenantSettings,
  platformAdmin: enPlatformAdmin,
  companyUsers: enCompanyUsers,
  companyModules: enCompanyModules,
  companyAdmin: enCompanyAdmin,
} as Messages;
