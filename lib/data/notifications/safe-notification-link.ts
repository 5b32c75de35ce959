/**
 * Where a click on a customer notification may go: only paths inside the portal of this host
 * ("/portal", "/portal/..."), never another site ("//evil.example", "https://…") or "/portal\\…" tricks.
 */
export function safePortalLink(link: string | null | undefined): string | null {
  if (!link) return null;
  if (!/^\/portal(?:[/?#]|$)/.test(link)) return null;
  if (link.includes("\\") || link.includes("//") || /[\u0000-\u001f\u007f]/.test(link)) return null;
  return link;
}
