import "server-only";
import sharp from "sharp";
import { SNIFF_BYTES, sniffFileType } from "../documents/sniff-file-type";
import { BRANDING_IMAGE_LIMITS, MAX_INPUT_SIDE, brandingImageMaxBytes, type BrandingImage } from "../validation/branding";

/** Why an upload was refused; the data layer maps each to a message (branding.image.errors.*). */
export type BrandingImageRefusal =
  "empty" | "tooLarge" | "typeNotAllowed" | "unsafeSvg" | "tooManyPixels" | "tooComplex" | "unreadable";
export type PreparedImage = { ok: true; png: Buffer } | { ok: false; reason: BrandingImageRefusal };

const MAX_PIXELS = MAX_INPUT_SIDE * MAX_INPUT_SIDE;
const TRANSPARENT = { r: 0, g: 0, b: 0, alpha: 0 };
/**
 * A small SVG can still take minutes to draw (filters, patterns, many layers); such a picture is
 * refused as too complex. libvips checks the limit between the regions it renders, and librsvg draws
 * a logo-sized picture as one region, so the check may only come once that region is done.
 */
export const RENDER_TIMEOUT_SECONDS = 5;

/**
 * Turns an uploaded logo or favicon into a fresh PNG: PNG and JPEG by their magic bytes, SVG only
 * when it is plain drawing (see unsafeSvg) and then rasterised, everything else refused. The output
 * is re-encoded by sharp, so no metadata, script or polyglot payload of the upload survives.
 */
export async function prepareBrandingImage(kind: BrandingImage, bytes: Buffer): Promise<PreparedImage> {
  if (bytes.length === 0) return { ok: false, reason: "empty" };
  if (bytes.length > brandingImageMaxBytes(kind)) return { ok: false, reason: "tooLarge" };
  const type = sniffFileType(bytes.subarray(0, SNIFF_BYTES));
  if (type === "image/png" || type === "image/jpeg") return render(kind, bytes, type === "image/png" ? "png" : "jpeg");
  if (type !== null) return { ok: false, reason: "typeNotAllowed" };
  const svg = svgText(bytes);
  if (svg === null) return { ok: false, reason: "typeNotAllowed" };
  if (unsafeSvg(svg)) return { ok: false, reason: "unsafeSvg" };
  // the renderer decodes embedded pictures in full, whatever size they are drawn at (limitInputPixels
  // only covers the SVG's own canvas): a 600 KB SVG can hold a 12000 × 12000 PNG
  const embedded = await embeddedPixels(svg);
  if (embedded === null) return { ok: false, reason: "unsafeSvg" };
  if (embedded > MAX_PIXELS) return { ok: false, reason: "tooManyPixels" };
  return render(kind, bytes, "svg");
}

async function render(kind: BrandingImage, bytes: Buffer, format: "png" | "jpeg" | "svg"): Promise<PreparedImage> {
  const { width, height } = BRANDING_IMAGE_LIMITS[kind];
  try {
    const meta = await sharp(bytes, { limitInputPixels: MAX_PIXELS }).metadata();
    // the magic bytes and the decoder must agree (a PNG header on something else is refused)
    if (meta.format !== format || !meta.width || !meta.height) return { ok: false, reason: "unreadable" };
    // SVG is vector: draw it at the density that fills the target box instead of scaling up pixels
    const density =
      format === "svg" ? Math.min(2400, Math.max(1, 72 * Math.min(width / meta.width, height / meta.height))) : undefined;
    const image = sharp(bytes, { limitInputPixels: MAX_PIXELS, density }).autoOrient();
    const resized =
      kind === "logo"
        ? image.resize({ width, height, fit: "inside", withoutEnlargement: true })
        : image.resize({ width, height, fit: "contain", background: TRANSPARENT });
    return { ok: true, png: await resized.png().timeout({ seconds: RENDER_TIMEOUT_SECONDS }).toBuffer() };
  } catch (error) {
    const message = error instanceof Error ? error.message : "";
    if (/pixel limit/i.test(message)) return { ok: false, reason: "tooManyPixels" };
    // libvips: "timeout: 40% complete"
    return { ok: false, reason: /^timeout\b/i.test(message) ? "tooComplex" : "unreadable" };
  }
}

/** The text of an SVG upload (UTF-8, root element `<svg>`), or null for anything else. */
function svgText(bytes: Buffer): string | null {
  if (bytes.includes(0)) return null;
  const text = bytes.toString("utf8").replace(/^\uFEFF/, "");
  // prolog: XML declaration, comments, a DOCTYPE (refused later, but it is still an SVG)
  const prolog = /^(?:\s+|<\?xml[^>]*\?>|<!--[\s\S]*?-->|<!DOCTYPE[^[>]*(?:\[[\s\S]*?\])?\s*>)*/i;
  const rest = text.replace(prolog, "");
  return /^<svg[\s>/]/i.test(rest) ? text : null;
}

// Anything that could run code or load something from elsewhere; the renderer never sees such a file.
const FORBIDDEN = [
  /<script/i,
  /<foreignObject/i,
  /<!DOCTYPE/i,
  /<!ENTITY/i,
  /[\s"'/]on[a-z]+\s*=/i, // event handler attributes (onload=, onclick=, …)
  /@import/i,
  /\\[0-9a-f]/i, // CSS escapes could spell url( or a scheme past the checks below
];

const SAFE_REFERENCE = /^(?:#\S+|data:image\/(?:png|jpeg);base64,)/i;

// The XML parser turns numeric character references into characters before the renderer sees them
// ("&#117;rl(" is url(, also with leading zeros), so the checks look at the text with them decoded.
const CHAR_REF = /&#(?:x([0-9a-f]+)|(\d+));?/gi;
function decodeCharRefs(text: string): string {
  return text.replace(CHAR_REF, (ref, hex: string | undefined, dec: string | undefined) => {
    const code = hex !== undefined ? parseInt(hex, 16) : Number(dec);
    return code <= 0x10ffff ? String.fromCodePoint(code) : ref;
  });
}

const EMBEDDED_RASTER = /data:image\/(?:png|jpeg);base64,([^"'()<>]*)/gi;

/**
 * Pixels of all PNG/JPEG pictures embedded in the SVG (read from their headers), or null when one is
 * not plain base64 of a PNG or JPEG (the renderer would percent-decode or sniff it differently).
 */
async function embeddedPixels(svg: string): Promise<number | null> {
  let total = 0;
  for (const [, payload = ""] of decodeCharRefs(svg).matchAll(EMBEDDED_RASTER)) {
    if (/[^a-z0-9+/=\s]/i.test(payload)) return null;
    const meta = await sharp(Buffer.from(payload, "base64"))
      .metadata()
      .catch(() => null);
    if (!meta || (meta.format !== "png" && meta.format !== "jpeg") || !meta.width || !meta.height) return null;
    total += meta.width * meta.height;
  }
  return total;
}

/**
 * True when the SVG contains script, foreign content, entity declarations, event handlers, or any
 * reference (href, xlink:href, url()) other than an in-document `#fragment` or an embedded PNG/JPEG.
 */
export function unsafeSvg(raw: string): boolean {
  const text = decodeCharRefs(raw);
  if (FORBIDDEN.some((pattern) => pattern.test(text))) return true;
  // quoted or not, the value up to the first quote, space or bracket; an empty value is refused too
  const references = [...text.matchAll(/href\s*=\s*["']?([^"'\s>]*)/gi)].map((m) => m[1] ?? "");
  const urls = [...text.matchAll(/url\s*\(\s*["']?([^"')\s]*)/gi)].map((m) => m[1] ?? "");
  return [...references, ...urls].some((value) => !SAFE_REFERENCE.test(value));
}
