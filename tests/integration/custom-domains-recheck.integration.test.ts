import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { freezeClock } from "@/lib/clock";
import { db } from "@/lib/db/client";
import { checkDomain } from "@/lib/data/domains/check-domain";
import { listDomains } from "@/lib/data/domains/list-domains";
import { recheckDueDomains } from "@/lib/jobs/recheck-domains";
import type { DnsResolver } from "@/lib/tenant/domains/dns-resolver";
import { added, brokerOffice, correctDns, fakeResolver, freshHost, type DnsTable } from "./custom-domains-fixtures";

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

let office: Awaited<ReturnType<typeof brokerOffice>>;
beforeAll(async () => {
  office = await brokerOffice();
});
afterEach(() => freezeClock(null));

const nothingSet = fakeResolver({});
const rowOf = (id: string) => db.domain.findUniqueOrThrow({ where: { id } });

describe("automatic re-check", () => {
  it("looks again after 5 min, 15 min, 1 h, then every 6 h, and stops after 7 days", async () => {
    const t0 = new Date();
    freezeClock(t0);
    const domain = await added(office.ctx, freshHost());
    const at = (ms: number) => new Date(t0.getTime() + ms);
    expect((await rowOf(domain.id)).nextCheckAt).toEqual(at(5 * MINUTE));

    await recheckDueDomains({ resolver: nothingSet, now: at(4 * MINUTE), limit: 200 });
    expect((await rowOf(domain.id)).checkCount).toBe(0);

    const expected = [at(20 * MINUTE), at(80 * MINUTE), at(80 * MINUTE + 6 * HOUR)];
    let now = at(5 * MINUTE);
    for (const next of expected) {
      await recheckDueDomains({ resolver: nothingSet, now, limit: 200 });
      const row = await rowOf(domain.id);
      expect(row).toMatchObject({ status: "PENDING", lastError: "txt_missing", nextCheckAt: next });
      now = next;
    }

    let row = await rowOf(domain.id);
    let lastCheck = now;
    while (row.nextCheckAt) {
      lastCheck = row.nextCheckAt;
      await recheckDueDomains({ resolver: nothingSet, now: row.nextCheckAt, limit: 200 });
      row = await rowOf(domain.id);
    }
    expect(lastCheck.getTime()).toBeGreaterThan(t0.getTime() + 6 * DAY);
    expect(lastCheck.getTime()).toBeLessThanOrEqual(t0.getTime() + 7 * DAY);
    expect(row.lastCheckedAt).toEqual(lastCheck);
    const view = (await listDomains(office.ctx)).domains.find((d) => d.id === domain.id);
    expect(view).toMatchObject({ status: "PENDING", nextCheckAt: null, autoCheckEnded: true });

    // "bitte erneut prüfen": a check by hand starts the schedule again.
    freezeClock(at(8 * DAY));
    await checkDomain(office.ctx, { domainId: domain.id }, { resolver: nothingSet });
    expect(await rowOf(domain.id)).toMatchObject({ checkCount: 0, nextCheckAt: at(8 * DAY + 5 * MINUTE) });
  });

  it("verifies a domain once its DNS records appear, without the broker pressing anything", async () => {
    const t0 = new Date();
    freezeClock(t0);
    const host = freshHost();
    const domain = await added(office.ctx, host);
    await recheckDueDomains({
      resolver: fakeResolver(correctDns(host, domain.verificationToken)),
      now: new Date(t0.getTime() + 5 * MINUTE),
      limit: 200,
    });
    // verified: from now on checked once a day
    expect(await rowOf(domain.id)).toMatchObject({ status: "VERIFIED", nextCheckAt: new Date(t0.getTime() + 5 * MINUTE + DAY) });
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "tenant.domainVerified", entityId: domain.id } });
    expect(audit).toMatchObject({ tenantId: office.tenant.id, actorKind: "system", actorUserId: null });
  });

  it("never re-checks a domain another portal has taken", async () => {
    const host = freshHost();
    const domain = await added(office.ctx, host);
    const past = new Date(Date.now() - HOUR);
    await db.domain.update({ where: { id: domain.id }, data: { status: "FAILED", lastError: "taken", nextCheckAt: past } });
    await recheckDueDomains({ resolver: fakeResolver(correctDns(host, domain.verificationToken)), limit: 200 });
    expect(await rowOf(domain.id)).toMatchObject({ status: "FAILED", lastError: "taken", nextCheckAt: past });
  });

  it("checks due domains four at a time and claims no more than it can check within its lease", async () => {
    const offices = [await brokerOffice(), await brokerOffice()];
    const table: DnsTable = {};
    for (const o of offices) {
      for (let i = 0; i < 5; i++) {
        const domain = await added(o.ctx, freshHost(`p${i}`));
        Object.assign(table, correctDns(domain.host, domain.verificationToken));
      }
    }
    // Every TXT lookup stays open until the event loop has turned once, so checks that run side by
    // side overlap here and checks one after another never do.
    const inner = fakeResolver(table);
    let open = 0;
    let most = 0;
    const counting: DnsResolver = {
      ...inner,
      resolveTxt: async (name) => {
        open++;
        most = Math.max(most, open);
        try {
          await new Promise((resolve) => setImmediate(resolve));
          return await inner.resolveTxt(name);
        } finally {
          open--;
        }
      },
    };
    const now = new Date(Date.now() + HOUR);
    expect(await recheckDueDomains({ resolver: counting, now })).toMatchObject({ checked: 8 });
    expect(most).toBe(4);
    await recheckDueDomains({ resolver: counting, now, limit: 200 });
    const tenantIds = offices.map((o) => o.tenant.id);
    expect(await db.domain.count({ where: { tenantId: { in: tenantIds }, status: "VERIFIED" } })).toBe(10);
  });

  it("leaves the domains of a suspended portal alone until it is active again", async () => {
    const suspended = await brokerOffice();
    const host = freshHost();
    const domain = await added(suspended.ctx, host);
    await db.tenant.update({ where: { id: suspended.tenant.id }, data: { status: "SUSPENDED", suspendedAt: new Date() } });
    const resolver = fakeResolver(correctDns(host, domain.verificationToken));
    const now = new Date(Date.now() + HOUR);
    await recheckDueDomains({ resolver, now, limit: 200 });
    expect(await rowOf(domain.id)).toMatchObject({
      status: "PENDING",
      checkCount: 0,
      lastCheckedAt: null,
      nextCheckAt: domain.nextCheckAt,
    });

    await db.tenant.update({ where: { id: suspended.tenant.id }, data: { status: "ACTIVE", suspendedAt: null } });
    await recheckDueDomains({ resolver, now, limit: 200 });
    expect(await rowOf(domain.id)).toMatchObject({ status: "VERIFIED" });
  });
});
