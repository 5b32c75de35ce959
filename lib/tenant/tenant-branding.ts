import { readableOn, readableTextShade } from "./contrast";

/** What pages need to theme themselves; never contains secrets. */
export type TenantBranding = {
  id: string;
  slug: string;
  name: string;
  primaryColor: string;
  secondaryColor: string;
  textColor: string;
  locale: "de_DE" | "de_CH" | "en";
  currency: "EUR" | "CHF";
  loginText: string | null;
  sessionIdleMinutes: number;
  sessionAbsoluteHours: number;
  /** Same-origin paths of the uploaded logo and favicon (lib/tenant/branding-asset-path.ts), null when none. */
  logoPath: string | null;
  faviconPath: string | null;
  /** Broker settings for the customer folder: withhold expiry dates / money figures from customers. */
  portalHideExpiryDates: boolean;
  portalHideFinancials: boolean;
};

const HEX = /^#[0-9a-fA-F]{6}$/;

/** CSS custom properties for the tenant; values are validated so nothing can break out of the style attribute. */
export function brandingCssVariables(
  b: Pick<TenantBranding, "primaryColor" | "secondaryColor" | "textColor">,
): Record<string, string> {
  const primary = HEX.test(b.primaryColor) ? b.primaryColor : "#1d4ed8";
  const secondary = HEX.test(b.secondaryColor) ? b.secondaryColor : "#0f766e";
  const text = HEX.test(b.textColor) ? b.textColor : "#0f172a";
  return {
    "--brand-primary": primary,
    "--brand-secondary": secondary,
    "--brand-text": text,
    // Text on the brand colours: white while it is readable (AA), else a dark colour — a broker who
    // saves a light primary despite the warning still gets a readable header and buttons.
    "--brand-on-primary": readableOn(primary, text),
    // the primary colour where it is text (links, icons) on the light pages
    "--brand-ink": readableTextShade(primary),
    "--brand-on-secondary": readableOn(secondary, text),
  };
}
