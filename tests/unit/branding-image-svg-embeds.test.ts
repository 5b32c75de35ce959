import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { prepareBrandingImage } from "@/lib/tenant/branding-image";

// What an SVG logo may carry inside itself: the renderer decodes embedded pictures and embedded SVG
// documents in full, whatever size they are drawn at, so they are held to the same rules as uploads.

const svg = (body: string) =>
  Buffer.from(`<svg xmlns="http://www.w3.org/2000/svg" width="100" height="30">${body}</svg>`, "utf8");

const png = (width: number, height: number) =>
  sharp({ create: { width, height, channels: 3, background: "#ffffff" } })
    .png({ compressionLevel: 9 })
    .toBuffer();

const embedded = (bytes: Buffer) => `data:image/png;base64,${bytes.toString("base64")}`;

describe("SVG logos with embedded content", () => {
  it("still rasterises an SVG with a small embedded PNG", async () => {
    const body = `<image width="100" height="30" href="${embedded(await png(200, 60))}"/>`;
    expect(await prepareBrandingImage("logo", svg(body))).toMatchObject({ ok: true });
  });

  it("refuses an SVG that embeds a picture larger than 4000 × 4000 pixels (a decompression bomb in a small file)", async () => {
    const bomb = await png(4001, 4001);
    expect(bomb.length).toBeLessThan(1024 * 1024); // small enough for the logo limit
    const body = `<image width="100" height="30" href="${embedded(bomb)}"/>`;
    expect(await prepareBrandingImage("logo", svg(body))).toEqual({ ok: false, reason: "tooManyPixels" });
  });

  it("refuses an SVG whose embedded pictures together exceed the pixel limit", async () => {
    const part = embedded(await png(3000, 3000));
    const body = `<image width="50" height="30" href="${part}"/><image x="50" width="50" height="30" href="${part}"/>`;
    expect(await prepareBrandingImage("logo", svg(body))).toEqual({ ok: false, reason: "tooManyPixels" });
  });

  it("refuses an embedded picture that is not plain base64 (the renderer would percent-decode it first)", async () => {
    // a lenient base64 decoder skips the "%" and sees a harmless picture; the renderer would not
    const body = `<image width="100" height="30" href="data:image/png;base64,%${(await png(10, 10)).toString("base64")}"/>`;
    expect(await prepareBrandingImage("logo", svg(body))).toMatchObject({ ok: false });
  });

  it("refuses url() spelled with character references that loads an embedded SVG document", async () => {
    const inner = Buffer.from(
      '<svg xmlns="http://www.w3.org/2000/svg"><defs><linearGradient id="p"><stop offset="0" stop-color="#00ff00"/></linearGradient></defs></svg>',
    ).toString("base64");
    const body = `<rect width="100" height="30" fill="&#117;rl(data:image/svg+xml;base64,${inner}#p)"/>`;
    expect(await prepareBrandingImage("logo", svg(body))).toEqual({ ok: false, reason: "unsafeSvg" });
  });

  it("refuses character references with leading zeros that spell url(", async () => {
    const body = '<rect width="100" height="30" fill="&#x0000000075;rl(data:image/svg+xml;base64,PHN2Zy8+#p)"/>';
    expect(await prepareBrandingImage("logo", svg(body))).toEqual({ ok: false, reason: "unsafeSvg" });
  });
});
