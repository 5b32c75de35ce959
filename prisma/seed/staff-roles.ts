// The default roles live in lib/tenant (the platform admin creates them for new tenants too).
export { DEFAULT_STAFF_ROLES } from "@/lib/tenant/default-staff-roles";
