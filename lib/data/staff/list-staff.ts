import "server-only";
import { db } from "../../db/client";
import { now } from "../../clock";
import { requireStaff } from "../context/access-error";
import type { RequestContext } from "../context/types";
import { canManageStaff, mayManageRole } from "./staff-permissions";

export type StaffAccessState =
  | { status: "active" }
  | { status: "disabled" }
  | { status: "invited"; sentAt: Date; expiresAt: Date }
  | { status: "expired"; sentAt: Date }
  | { status: "revoked" };

export type StaffMember = {
  id: string;
  name: string;
  email: string;
  roleKey: string;
  roleName: string;
  access: StaffAccessState;
  twoFactor: boolean;
  /** The viewer may re-send or revoke this member's invitation. */
  manageable: boolean;
};

export type StaffOverview = {
  members: StaffMember[];
  canInvite: boolean;
  /** The roles the viewer may hand out (admins: all but owner). */
  assignableRoles: { key: string; name: string }[];
};

/** The tenant's staff for /broker/staff: every staff member may look, owners and admins manage. */
export async function listStaff(ctx: RequestContext | null): Promise<StaffOverview> {
  requireStaff(ctx);
  const [users, roles] = await Promise.all([
    db.user.findMany({
      where: { tenantId: ctx.tenant.id, kind: "STAFF" },
      orderBy: [{ lastName: "asc" }, { firstName: "asc" }, { email: "asc" }],
      select: {
        id: true,
        email: true,
        firstName: true,
        lastName: true,
        status: true,
        totpEnabledAt: true,
        staffRole: { select: { key: true, name: true } },
        invitations: {
          where: { tenantId: ctx.tenant.id },
          orderBy: { createdAt: "desc" },
          take: 1,
          select: { sentAt: true, createdAt: true, expiresAt: true, revokedAt: true, acceptedAt: true },
        },
      },
    }),
    db.staffRole.findMany({
      where: { tenantId: ctx.tenant.id },
      orderBy: { createdAt: "asc" },
      select: { key: true, name: true },
    }),
  ]);

  const at = now();
  const members = users.map((u): StaffMember => {
    const latest = u.invitations[0];
    let access: StaffAccessState;
    if (u.status === "ACTIVE") access = { status: "active" };
    else if (u.status === "DISABLED") access = { status: "disabled" };
    else if (!latest || latest.revokedAt) access = { status: "revoked" };
    else if (latest.expiresAt > at)
      access = { status: "invited", sentAt: latest.sentAt ?? latest.createdAt, expiresAt: latest.expiresAt };
    else access = { status: "expired", sentAt: latest.sentAt ?? latest.createdAt };
    const roleKey = u.staffRole?.key ?? "";
    return {
      id: u.id,
      name: [u.firstName, u.lastName].filter(Boolean).join(" ") || u.email,
      email: u.email,
      roleKey,
      roleName: u.staffRole?.name ?? "—",
      access,
      twoFactor: u.totpEnabledAt !== null,
      manageable: u.id !== ctx.actor.id && mayManageRole(ctx.actor, roleKey),
    };
  });
  const canInvite = canManageStaff(ctx.actor);
  return {
    members,
    canInvite,
    assignableRoles: canInvite ? roles.filter((r) => mayManageRole(ctx.actor, r.key)) : [],
  };
}
