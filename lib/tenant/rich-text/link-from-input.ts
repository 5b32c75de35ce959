import { safeLinkTarget } from "./safe-link-target";

const EMAIL = /^[^\s@/:]+@[^\s@/:]+\.[^\s@/:]+$/;
const PHONE = /^\+?[\d\s()/-]{5,}$/;
const BARE_DOMAIN = /^[\p{L}\d-]+(\.[\p{L}\d-]+)+([/?#]\S*)?$/u;

/**
 * What a broker types into "Link einfügen" as the href the editor stores, or null when it cannot be a
 * link: https://… and mailto:/tel: as typed, "www.ihk.de" → https://www.ihk.de, "info@makler.de" →
 * mailto:, "+49 30 123456" → tel:+4930123456. The result passes the same check as the server's.
 */
export function linkFromInput(input: string): string | null {
  const value = input.trim();
  if (!value) return null;
  if (/^(https?:|mailto:|tel:)/i.test(value)) return safeLinkTarget(value);
  if (EMAIL.test(value)) return safeLinkTarget(`mailto:${value}`);
  if (PHONE.test(value)) return safeLinkTarget(`tel:${value.replace(/[\s()/-]/g, "")}`);
  if (BARE_DOMAIN.test(value)) return safeLinkTarget(`https://${value}`);
  return null;
}
