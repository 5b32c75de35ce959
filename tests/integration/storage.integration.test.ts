import { describe, expect, it } from "vitest";
import { ensureBucket } from "@/lib/storage/ensure-bucket";
import { getObjectBytes } from "@/lib/storage/get-object";
import { documentObjectKey, keyBelongsToTenant } from "@/lib/storage/object-key";
import { presignDownload } from "@/lib/storage/presign-download";
import { putObject } from "@/lib/storage/put-object";
import { tinyPdf } from "../setup/factories";

const TENANT = "0197a5f0-0000-7000-8000-000000000001";
const OTHER_TENANT = "0197a5f0-0000-7000-8000-000000000002";
const CUSTOMER = "0197a5f0-0000-7000-8000-0000000000c1";

async function uploadPdf() {
  await ensureBucket();
  const key = documentObjectKey(TENANT, CUSTOMER);
  const body = tinyPdf("Police 4711");
  await putObject(key, body, "application/pdf");
  return { key, body };
}

describe("document storage", () => {
  it("serves an uploaded file through a presigned URL as an attachment with a sanitised name", async () => {
    const { key, body } = await uploadPdf();
    const fileName = 'Police "Hausrat" Müller; Übersicht.pdf';

    const url = await presignDownload(key, { fileName, contentType: "application/pdf", disposition: "attachment" });
    const res = await fetch(url);

    expect(res.status).toBe(200);
    expect(Buffer.from(await res.arrayBuffer()).equals(body)).toBe(true);
    expect(res.headers.get("content-type")).toBe("application/pdf");
    const disposition = res.headers.get("content-disposition") ?? "";
    expect(disposition.startsWith("attachment;")).toBe(true);
    // ASCII fallback: quotes and semicolons cannot break out of the quoted string, umlauts dropped
    expect(disposition).toContain('filename="Police _Hausrat_ Muller_ Ubersicht.pdf"');
    // RFC 5987 form keeps the real name for browsers that understand it
    expect(disposition).toContain(`filename*=UTF-8''${encodeURIComponent(fileName)}`);
  });

  it("reads back the exact bytes it stored", async () => {
    const { key, body } = await uploadPdf();
    expect(Buffer.from(await getObjectBytes(key)).equals(body)).toBe(true);
  });

  it("generates keys under the tenant and customer prefix that no other tenant owns", async () => {
    const key = documentObjectKey(TENANT, CUSTOMER);
    expect(key).toMatch(new RegExp(`^t/${TENANT}/c/${CUSTOMER}/[0-9a-f-]{36}$`));
    expect(keyBelongsToTenant(key, TENANT)).toBe(true);
    expect(keyBelongsToTenant(key, OTHER_TENANT)).toBe(false);
    // a bare prefix match without the separator must not count (tenant ids sharing a prefix)
    expect(keyBelongsToTenant(key, TENANT.slice(0, -1))).toBe(false);
  });

  it("refuses a presigned URL after it expired", async () => {
    const { key } = await uploadPdf();
    const url = await presignDownload(key, {
      fileName: "police.pdf",
      contentType: "application/pdf",
      disposition: "attachment",
      expiresIn: 1,
    });
    await new Promise((resolve) => setTimeout(resolve, 2_100));

    const res = await fetch(url);
    expect(res.status).toBe(403);
    expect(await res.text()).toContain("Request has expired");
  });

  it("caps presigned URLs at 60 seconds even when asked for longer", async () => {
    const { key } = await uploadPdf();
    const url = await presignDownload(key, {
      fileName: "police.pdf",
      contentType: "application/pdf",
      disposition: "inline",
      expiresIn: 3_600,
    });
    expect(new URL(url).searchParams.get("X-Amz-Expires")).toBe("60");
  });
});
