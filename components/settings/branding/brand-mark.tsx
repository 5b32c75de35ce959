/**
 * The tenant's uploaded logo, or the brand-coloured square when there is none; on the login and
 * registration pages, in the portal header and in the settings preview. `logoPath` is the same-origin
 * /branding/logo URL (lib/tenant/branding-asset-path.ts); the image is named after the tenant.
 */
export function BrandMark({
  logoPath,
  name,
  variant,
}: {
  logoPath: string | null;
  name: string;
  /** "auth": centred above the sign-in card; "header": small, on a white chip on the brand colour */
  variant: "auth" | "header";
}) {
  if (variant === "header") {
    if (!logoPath) return null;
    return (
      // White chip: a dark logo would vanish on a dark brand colour.
      <span className="inline-flex items-center rounded-md bg-white px-2 py-1">
        {/* eslint-disable-next-line @next/next/no-img-element -- small same-origin PNG, already resized on upload */}
        <img src={logoPath} alt={name} className="h-9 w-auto max-w-48 object-contain" data-testid="brand-logo" />
      </span>
    );
  }
  if (!logoPath) return <div className="bg-brand mx-auto mb-3 h-12 w-12 rounded-xl" aria-hidden />;
  return (
    // eslint-disable-next-line @next/next/no-img-element -- small same-origin PNG, already resized on upload
    <img src={logoPath} alt={name} className="mx-auto mb-3 h-16 w-auto max-w-60 object-contain" data-testid="brand-logo" />
  );
}
