import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";

// The request config lives in lib/ because the top level is fixed (docs/architecture.md).
const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

// Static security headers; the CSP with a per-request nonce is set in middleware.ts.
const securityHeaders = [
  { key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains" },
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Permissions-Policy", value: "camera=(self), microphone=(), geolocation=()" },
];

const nextConfig: NextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  // Native/wasm packages stay outside the bundle.
  serverExternalPackages: ["@node-rs/argon2", "pg", "@prisma/adapter-pg", "@electric-sql/pglite", "s3rver", "sharp"],
  // The staff portrait (≤ 2 MB, lib/validation/staff-avatar.ts) is posted to a server action; the default
  // limit is 1 MB. Documents never go through actions (they stream through the upload routes).
  experimental: { serverActions: { bodySizeLimit: "3mb" } },
  async headers() {
    return [{ source: "/:path*", headers: securityHeaders }];
  },
};

export default withNextIntl(nextConfig);
