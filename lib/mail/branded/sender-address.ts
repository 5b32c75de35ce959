/** Longest display name kept in the From header (the settings form allows 80 characters). */
const MAX_NAME = 80;

/**
 * The From header of a tenant's e-mail: `"Tenant name" <address of MAIL_FROM>`. The name is
 * broker-controlled, so everything that could end the quoted string or start a new header line
 * (CR/LF and other control characters, quotes, backslashes, angle brackets) is removed; with no name
 * left the bare address is used. MAIL_FROM may itself be `Name <addr>` — only its address is kept.
 */
export function senderAddress(name: string | null | undefined, mailFrom: string): string {
  const address = (/<([^<>\s]+)>\s*$/.exec(mailFrom)?.[1] ?? mailFrom).trim();
  const clean = (name ?? "")
    .replace(/[\p{Cc}\p{Zl}\p{Zp}"\\<>]/gu, " ")
    .replace(/\s+/g, " ")
    .trim()
    .slice(0, MAX_NAME)
    .trim();
  return clean ? `"${clean}" <${address}>` : address;
}
