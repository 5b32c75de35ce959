import { contrastRatio, MIN_CONTRAST } from "../../tenant/contrast";
import { HEX_COLOR } from "../../validation/branding";

const WHITE = "#ffffff";

export const DEFAULT_PRIMARY = "#1d4ed8";
export const DEFAULT_TEXT = "#0f172a";

/** A stored colour only if it is exactly #rrggbb, so nothing can break out of a style attribute. */
export function safeHex(value: string | null | undefined, fallback: string): string {
  return value && HEX_COLOR.test(value) ? value : fallback;
}

/** `color` for text on the mail's white card when it is readable there (AA), else `fallback`. */
export function readableOnWhite(color: string, fallback: string = DEFAULT_TEXT): string {
  return contrastRatio(color, WHITE) >= MIN_CONTRAST ? color : fallback;
}
