import { documentStorageOrigin } from "../storage/public-origin";

export function createNonce(): string {
  return Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString("base64");
}

/**
 * Nonce-based CSP (security.md 19). Next reads the nonce from this request header and adds it to its
 * own scripts. Inline styles stay allowed for the tenant's CSS variables. Presigned S3 downloads
 * are navigations, not fetches, so connect-src stays 'self'.
 * The broker's inline document preview (PDF in an iframe, images in <img>) points at
 * /api/documents/<id>/download?inline=1, which redirects to a presigned URL on the S3 origin; CSP
 * checks the redirect target too, so img-src and frame-src allow exactly that one origin.
 */
export function contentSecurityPolicy(nonce: string, isDev: boolean, documentOrigin = documentStorageOrigin()): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${isDev ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    `img-src 'self' data: blob: ${documentOrigin}`,
    "font-src 'self'",
    `connect-src 'self'${isDev ? " ws:" : ""}`,
    `frame-src 'self' ${documentOrigin}`,
    "frame-ancestors 'none'",
    "form-action 'self'",
    "base-uri 'self'",
    "object-src 'none'",
  ].join("; ");
}
