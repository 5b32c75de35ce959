import "server-only";

/** The user fields a ticket list or timeline needs to show a person. */
export const ticketPersonSelect = { id: true, kind: true, firstName: true, lastName: true, email: true } as const;

type Person = { firstName: string | null; lastName: string | null; email: string };

/** "Vorname Nachname"; the e-mail address only when a staff account has no name yet (as addressableStaff). */
export function ticketPersonName(p: Person): string {
  return [p.firstName, p.lastName].filter(Boolean).join(" ") || p.email;
}
