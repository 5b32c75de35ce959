// Offices for the staff and rights tests: each test gets its own tenant so role changes never meet.
import { createStaff, createTenant, uniqueSuffix } from "./factories";

/** A fresh office with an owner, so tests that change roles never meet each other. */
export async function office() {
  const tenant = await createTenant();
  const owner = await createStaff(tenant.id, { role: "owner" });
  return { tenantId: tenant.id, slug: tenant.slug, ownerId: owner.id };
}

/** An invitation form for a new staff member with the given role. */
export function invitation(roleKey: string) {
  const suffix = uniqueSuffix();
  return {
    firstName: "Mara",
    lastName: `Lind${suffix}`,
    email: `mara.${suffix}@makler.example`,
    mobile: "+49 171 5550123",
    roleKey,
  };
}
