import { z } from "zod";

// Branding settings (settings tab "Darstellung"); messages are catalog keys of branding.json.

const BRAND_NAME_MIN = 2;
export const BRAND_NAME_MAX = 80;
export const LOGIN_TEXT_MAX = 300;

/** Only `#rrggbb`: the value ends up in a style attribute and in e-mails, so nothing else may pass. */
export const HEX_COLOR = /^#[0-9a-fA-F]{6}$/;

const color = z
  .string({ error: "branding.errors.color" })
  .trim()
  .regex(HEX_COLOR, "branding.errors.color")
  .transform((v) => v.toLowerCase());

export const brandingInput = z.object(
  {
    name: z
      .string({ error: "branding.errors.name" })
      .trim()
      .min(BRAND_NAME_MIN, "branding.errors.name")
      .max(BRAND_NAME_MAX, "branding.errors.name"),
    loginText: z.string({ error: "branding.errors.loginText" }).trim().max(LOGIN_TEXT_MAX, "branding.errors.loginText"),
    primaryColor: color,
    secondaryColor: color,
    textColor: color,
  },
  { error: "common.errors.checkInput" },
);
export type BrandingInput = z.input<typeof brandingInput>;

/** The two uploadable images; the value picks limits, output size and audit action. */
const BRANDING_IMAGES = ["logo", "favicon"] as const;
export type BrandingImage = (typeof BRANDING_IMAGES)[number];
export const brandingImageKind = z.enum(BRANDING_IMAGES);

export const BRANDING_IMAGE_LIMITS = {
  logo: { maxKb: 1024, width: 800, height: 240 },
  favicon: { maxKb: 256, width: 64, height: 64 },
} as const satisfies Record<BrandingImage, { maxKb: number; width: number; height: number }>;
export const brandingImageMaxBytes = (kind: BrandingImage) => BRANDING_IMAGE_LIMITS[kind].maxKb * 1024;
/** "1 MB" / "256 KB" for limit texts and errors (the same in German and English). */
export function brandingImageSizeLabel(kind: BrandingImage): string {
  const { maxKb } = BRANDING_IMAGE_LIMITS[kind];
  return maxKb >= 1024 ? `${maxKb / 1024} MB` : `${maxKb} KB`;
}

/** Larger pictures are refused before decoding (a small file can declare a huge canvas). */
export const MAX_INPUT_SIDE = 4000;

// The server decides the type by the bytes; `accept` only pre-filters the file picker.
export const BRANDING_IMAGE_ACCEPT = "image/png,image/jpeg,image/svg+xml,.png,.jpg,.jpeg,.svg";

/** The form field "file": one file (a Blob on the server, a File in the browser). */
export const brandingImageInput = z.object({
  file: z.instanceof(Blob, { error: "branding.image.errors.empty" }),
});
