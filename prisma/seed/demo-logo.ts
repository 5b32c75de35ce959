import sharp from "sharp";
import { tenantAssetKey } from "@/lib/storage/object-key";
import { putObject } from "@/lib/storage/put-object";

/**
 * A seeded broker's logo: our own SVG (trusted, unlike uploads — those go through
 * lib/tenant/branding-image.ts), rasterised like an upload to a PNG and stored under a fresh key.
 */
export async function storeDemoLogo(tenantId: string, svg: string): Promise<string> {
  const png = await sharp(Buffer.from(svg), { density: 192 })
    .resize({ width: 800, height: 240, fit: "inside", withoutEnlargement: true })
    .png()
    .toBuffer();
  const key = tenantAssetKey(tenantId, "logo");
  await putObject(key, png, "image/png");
  return key;
}

/** Nordlicht Assekuranz: northern lights on teal, the firm's name beside it. */
export const NORD_LOGO_SVG = `<svg xmlns="http://www.w3.org/2000/svg" width="360" height="96" viewBox="0 0 360 96">
<rect x="4" y="8" width="80" height="80" rx="18" fill="#0f766e"/>
<path d="M18 66 C 34 30, 52 30, 70 22" stroke="#5eead4" stroke-width="7" fill="none" stroke-linecap="round"/>
<path d="M18 76 C 38 48, 54 46, 70 40" stroke="#a7f3d0" stroke-width="5" fill="none" stroke-linecap="round"/>
<text x="100" y="52" font-family="DejaVu Sans, Arial, sans-serif" font-size="30" font-weight="700" fill="#042f2e">Nordlicht</text>
<text x="100" y="80" font-family="DejaVu Sans, Arial, sans-serif" font-size="18" fill="#0f766e">Assekuranz</text>
</svg>`;
