import "server-only";
import { db } from "../../db/client";
import { brandingAssetPath } from "../../tenant/branding-asset-path";
import type { RequestContext } from "../context/types";
import { requireSettingsAdmin } from "../settings/require-settings-admin";

export type BrandingSettings = {
  name: string;
  loginText: string;
  primaryColor: string;
  secondaryColor: string;
  textColor: string;
  /** Same-origin paths of the current images (app/branding/<asset>/route.ts), null when none. */
  logoPath: string | null;
  faviconPath: string | null;
};

/** The branding form's values, read from the row (not the 30 s host cache) so a save shows at once. */
export async function getBrandingSettings(ctx: RequestContext | null): Promise<BrandingSettings> {
  requireSettingsAdmin(ctx);
  const row = await db.tenant.findUniqueOrThrow({
    where: { id: ctx.tenant.id },
    select: {
      name: true,
      loginText: true,
      primaryColor: true,
      secondaryColor: true,
      textColor: true,
      logoKey: true,
      faviconKey: true,
    },
  });
  const { logoKey, faviconKey, loginText, ...rest } = row;
  return {
    ...rest,
    loginText: loginText ?? "",
    logoPath: brandingAssetPath("logo", logoKey),
    faviconPath: brandingAssetPath("favicon", faviconKey),
  };
}
