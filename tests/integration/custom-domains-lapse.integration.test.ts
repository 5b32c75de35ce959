import { NextRequest } from "next/server";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { freezeClock } from "@/lib/clock";
import { db } from "@/lib/db/client";
import { checkDomain } from "@/lib/data/domains/check-domain";
import { listDomains } from "@/lib/data/domains/list-domains";
import { recheckDueDomains } from "@/lib/jobs/recheck-domains";
import { middleware } from "@/middleware";
import { createStaff } from "../setup/factories";
import { added, brokerOffice, correctDns, fakeResolver, freshHost, type DnsTable } from "./custom-domains-fixtures";

// The daily re-check of verified domains: a name that lapses or moves must stop receiving links.
const DAY = 24 * 60 * 60_000;

let office: Awaited<ReturnType<typeof brokerOffice>>;
let t0: Date;
beforeEach(async () => {
  office = await brokerOffice();
  // Each test on its own days, far from the other tests' due domains.
  t0 = new Date(Date.now() + 30 * DAY);
  freezeClock(t0);
});
afterEach(() => freezeClock(null));

const day = (n: number) => new Date(t0.getTime() + n * DAY);
const rowOf = (id: string) => db.domain.findUniqueOrThrow({ where: { id } });
const visit = (host: string) => middleware(new NextRequest(`http://${host}/login`, { headers: { host } }));
const recheckOn = (n: number, table: DnsTable) => recheckDueDomains({ resolver: fakeResolver(table), now: day(n), limit: 200 });
const viewOf = async (id: string) => (await listDomains(office.ctx)).domains.find((d) => d.id === id)!;

type Domain = Awaited<ReturnType<typeof added>>;
async function verifiedDomain(label = "portal"): Promise<Domain> {
  const domain = await added(office.ctx, freshHost(label));
  const resolver = fakeResolver(correctDns(domain.host, domain.verificationToken));
  expect(await checkDomain(office.ctx, { domainId: domain.id }, { resolver })).toMatchObject({ status: "VERIFIED" });
  return domain;
}

describe("daily re-check of verified domains", () => {
  it("warns for two days when the records are gone, then switches the domain off and hands over the primary role", async () => {
    const lapsing = await verifiedDomain("alt");
    const other = await verifiedDomain("neu");
    const admin = await createStaff(office.tenant.id, { role: "admin" });
    const advisor = await createStaff(office.tenant.id, { role: "advisor" });
    expect(await rowOf(lapsing.id)).toMatchObject({ isPrimary: true, nextCheckAt: day(1) });
    expect((await visit(lapsing.host)).status).toBe(200);
    const onlyOther = correctDns(other.host, other.verificationToken);

    await recheckOn(1, onlyOther);
    expect(await rowOf(lapsing.id)).toMatchObject({
      status: "VERIFIED",
      isPrimary: true,
      lastError: "txt_missing",
      checkCount: 1,
    });
    const warned = await viewOf(lapsing.id);
    expect(warned).toMatchObject({ status: "VERIFIED", reason: "txt_missing", lapse: { since: day(1), switchOffAt: day(3) } });
    expect(warned.records.map((r) => r.type)).toEqual(["TXT", "CNAME"]);
    expect((await viewOf(other.id)).lapse).toBeNull();

    await recheckOn(2, onlyOther);
    expect(await rowOf(lapsing.id)).toMatchObject({ status: "VERIFIED", checkCount: 2 });
    expect((await viewOf(lapsing.id)).lapse).toEqual({ since: day(1), switchOffAt: day(3) });
    expect((await visit(lapsing.host)).status).toBe(200);

    await recheckOn(3, onlyOther);
    const lost = await rowOf(lapsing.id);
    expect(lost).toMatchObject({ status: "FAILED", isPrimary: false, lastError: "lost", nextCheckAt: null });
    expect(lost.verificationToken).not.toBe(lapsing.verificationToken);
    expect(await rowOf(other.id)).toMatchObject({ status: "VERIFIED", isPrimary: true });
    expect((await visit(lapsing.host)).status).toBe(404);
    expect(await viewOf(lapsing.id)).toMatchObject({ lostAt: day(3), lapse: null, autoCheckEnded: false });

    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "tenant.domainLost", entityId: lapsing.id } });
    expect(audit).toMatchObject({ tenantId: office.tenant.id, actorKind: "system", actorUserId: null });
    const told = await db.notification.findMany({ where: { tenantId: office.tenant.id, type: "domain.lost" } });
    expect(told.map((n) => n.userId).sort()).toEqual([office.owner.id, admin.id].sort());
    expect(told.every((n) => n.link === "/broker/settings/domains" && n.title.includes(lapsing.host))).toBe(true);
    expect(told.some((n) => n.userId === advisor.id)).toBe(false);
    const mail = await db.outboxMessage.findFirstOrThrow({ where: { tenantId: office.tenant.id, recipient: admin.email } });
    expect((mail.payload as { text: string }).text).toContain(`http://${other.host}/broker/settings/domains`);

    // Whoever holds the name now cannot verify it again with the old, publicly visible TXT value.
    freezeClock(new Date(day(3).getTime() + 60_000));
    const oldRecords = fakeResolver(correctDns(lapsing.host, lapsing.verificationToken));
    expect(await checkDomain(office.ctx, { domainId: lapsing.id }, { resolver: oldRecords })).toMatchObject({
      status: "FAILED",
      reason: "txt_mismatch",
    });
  });

  it("links to the portal address once the only custom domain is switched off", async () => {
    const only = await verifiedDomain();
    for (const n of [1, 2, 3]) await recheckOn(n, {});
    expect(await rowOf(only.id)).toMatchObject({ status: "FAILED", isPrimary: false });
    const mail = await db.outboxMessage.findFirstOrThrow({
      where: { tenantId: office.tenant.id, recipient: office.owner.email },
    });
    expect((mail.payload as { text: string }).text).toContain(
      `http://${office.tenant.slug}.localhost:3000/broker/settings/domains`,
    );
  });

  it("starts counting again when the records are back on a day in between", async () => {
    const domain = await verifiedDomain();
    const correct = correctDns(domain.host, domain.verificationToken);
    await recheckOn(1, {});
    await recheckOn(2, {});
    await recheckOn(3, correct);
    expect(await rowOf(domain.id)).toMatchObject({ status: "VERIFIED", checkCount: 0, lastError: null });
    expect((await viewOf(domain.id)).lapse).toBeNull();
    await recheckOn(4, {});
    await recheckOn(5, {});
    expect(await rowOf(domain.id)).toMatchObject({ status: "VERIFIED", isPrimary: true, checkCount: 2 });
  });

  it("does not count a day on which the DNS server gave no valid answer", async () => {
    const domain = await verifiedDomain();
    await recheckOn(1, {});
    await recheckOn(2, { [`_portal-verify.${domain.host}`]: { error: "ESERVFAIL" } });
    await recheckOn(3, {});
    expect(await rowOf(domain.id)).toMatchObject({ status: "VERIFIED", checkCount: 2, lastError: "txt_missing" });
    await recheckOn(4, {});
    expect(await rowOf(domain.id)).toMatchObject({ status: "FAILED", lastError: "lost" });
  });

  it("lets the broker confirm a fix with “Jetzt prüfen”, which ends the warning", async () => {
    const domain = await verifiedDomain();
    await recheckOn(1, {});
    freezeClock(new Date(day(1).getTime() + 60_000));
    const stillWrong = fakeResolver({ [`_portal-verify.${domain.host}`]: { TXT: ["portal-verify=falsch"] } });
    expect(await checkDomain(office.ctx, { domainId: domain.id }, { resolver: stillWrong })).toMatchObject({
      ok: true,
      status: "VERIFIED",
      reason: "txt_mismatch",
    });
    // a check by hand does not count towards switching off
    expect(await rowOf(domain.id)).toMatchObject({
      checkCount: 1,
      lastError: "txt_mismatch:portal-verify=falsch",
      nextCheckAt: day(2),
    });

    freezeClock(new Date(day(1).getTime() + 120_000));
    const fixed = fakeResolver(correctDns(domain.host, domain.verificationToken));
    expect(await checkDomain(office.ctx, { domainId: domain.id }, { resolver: fixed })).toMatchObject({
      status: "VERIFIED",
      reason: null,
    });
    expect(await rowOf(domain.id)).toMatchObject({ checkCount: 0, lastError: null });
    expect((await viewOf(domain.id)).lapse).toBeNull();
  });
});
