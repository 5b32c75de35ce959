import { NextRequest } from "next/server";
import { beforeEach, describe, expect, it } from "vitest";
import { GET as tlsAllowed } from "@/app/api/platform/tls-allowed/route";
import { db } from "@/lib/db/client";
import { checkDomain } from "@/lib/data/domains/check-domain";
import { sendInvitation } from "@/lib/data/invitations/send-invitation";
import { middleware } from "@/middleware";
import { createCustomer } from "../setup/factories";
import { added, brokerOffice, correctDns, fakeResolver, freshHost } from "./custom-domains-fixtures";

let office: Awaited<ReturnType<typeof brokerOffice>>;
beforeEach(async () => {
  office = await brokerOffice();
});

const visit = (host: string) => middleware(new NextRequest(`http://${host}/login`, { headers: { host } }));
const ask = async (domain: string) =>
  (await tlsAllowed(new Request(`http://127.0.0.1:3000/api/platform/tls-allowed?domain=${encodeURIComponent(domain)}`))).status;

async function verify(domain: { id: string; host: string; verificationToken: string }) {
  const resolver = fakeResolver(correctDns(domain.host, domain.verificationToken));
  expect(await checkDomain(office.ctx, { domainId: domain.id }, { resolver })).toMatchObject({ status: "VERIFIED" });
}

describe("serving custom domains", () => {
  it("answers 404 on a domain that is not verified yet and serves the portal once it is", async () => {
    const domain = await added(office.ctx, freshHost());
    expect((await visit(domain.host)).status).toBe(404);
    await verify(domain);
    expect((await visit(domain.host)).status).toBe(200);
  });

  it("allows certificates only for verified domains and subdomains of active portals", async () => {
    const pending = await added(office.ctx, freshHost("wartet"));
    const live = await added(office.ctx, freshHost("live"));
    await verify(live);
    expect(await ask(live.host)).toBe(200);
    expect(await ask(`${office.tenant.slug}.localhost`)).toBe(200);
    expect(await ask(pending.host)).toBe(404);
    expect(await ask("unbekannt.example")).toBe(404);
    expect(await ask("gibt-es-nicht.localhost")).toBe(404);
    expect(await ask("localhost")).toBe(404);

    await db.tenant.update({ where: { id: office.tenant.id }, data: { status: "SUSPENDED", suspendedAt: new Date() } });
    expect(await ask(live.host)).toBe(404);
    expect(await ask(`${office.tenant.slug}.localhost`)).toBe(404);
  });
});

describe("links in e-mails", () => {
  async function invitationLink(): Promise<{ text: string; html: string }> {
    const customer = await createCustomer(office.tenant.id, { mobile: "+491725551234" });
    expect((await sendInvitation(office.ctx, { customerId: customer.id })).ok).toBe(true);
    const mail = await db.outboxMessage.findFirstOrThrow({
      where: { tenantId: office.tenant.id, recipient: customer.email!.toLowerCase() },
    });
    return mail.payload as { text: string; html: string };
  }

  it("uses the subdomain before verification and the primary verified domain afterwards", async () => {
    const before = await invitationLink();
    expect(before.text).toContain(`http://${office.tenant.slug}.localhost:3000/register/`);

    const domain = await added(office.ctx, freshHost());
    expect((await invitationLink()).text).toContain(`http://${office.tenant.slug}.localhost:3000/register/`);

    await verify(domain);
    const after = await invitationLink();
    expect(after.text).toContain(`http://${domain.host}/register/`);
    expect(after.html).toContain(`http://${domain.host}/register/`);
    expect(after.text).not.toContain(".localhost");
  });
});
