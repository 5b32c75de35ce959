import { colord, extend } from "colord";
import a11yPlugin from "colord/plugins/a11y";
import { HEX_COLOR } from "../validation/branding";

extend([a11yPlugin]);

// WCAG 2.x level AA for normal-size text.
export const MIN_CONTRAST = 4.5;

const WHITE = "#ffffff";
// Page backgrounds body text sits on: white cards and the slate-50 page (app/globals.css).
const TEXT_BACKGROUNDS = [WHITE, "#f8fafc"] as const;
// Lightness step per try (HSL, 0..1); 50 steps reach black or white, so a suggestion always exists.
const STEP = 0.02;

/** Which of the portal's colour pairs fails: white on primary, white on secondary, text colour on the page. */
export type ContrastPair = "onPrimary" | "onSecondary" | "bodyText";
export type ContrastProblem = { pair: ContrastPair; ratio: number; suggestion: string };

/** Contrast ratio of two colours (1 to 21), rounded down to two decimals so "4.5" never hides 4.499. */
export function contrastRatio(a: string, b: string): number {
  return colord(a).contrast(b);
}

/** The lowest ratio of a colour against every background (the pair must pass on all of them). */
const worstRatio = (color: string, backgrounds: readonly string[]) =>
  Math.min(...backgrounds.map((bg) => contrastRatio(color, bg)));

/**
 * The nearest colour of the same hue and saturation that reaches AA on every background: step the
 * lightness down and up in small steps and take the first that passes (darker wins a tie, since a
 * darker brand colour usually stays closer to the original look).
 */
function nearestReadable(color: string, backgrounds: readonly string[]): string {
  const base = colord(color);
  for (let i = 1; i <= 1 / STEP; i++) {
    for (const candidate of [base.darken(i * STEP), base.lighten(i * STEP)]) {
      const hex = candidate.toHex();
      if (worstRatio(hex, backgrounds) >= MIN_CONTRAST) return hex;
    }
  }
  return "#000000";
}

type BrandColors = { primaryColor: string; secondaryColor: string; textColor: string };

/**
 * What the portal draws with the brand colours and where that is hard to read: white text on the
 * primary colour (header, buttons) and on the secondary colour (accents), the text colour on white and
 * slate-50 pages. Colours that are not `#rrggbb` yet (the form while typing) are skipped.
 */
export function checkBrandContrast({ primaryColor, secondaryColor, textColor }: BrandColors): ContrastProblem[] {
  const checks: { pair: ContrastPair; color: string; backgrounds: readonly string[] }[] = [
    { pair: "onPrimary", color: primaryColor, backgrounds: [WHITE] },
    { pair: "onSecondary", color: secondaryColor, backgrounds: [WHITE] },
    { pair: "bodyText", color: textColor, backgrounds: TEXT_BACKGROUNDS },
  ];
  const problems: ContrastProblem[] = [];
  for (const { pair, color, backgrounds } of checks) {
    if (!HEX_COLOR.test(color)) continue;
    const ratio = worstRatio(color, backgrounds);
    if (ratio < MIN_CONTRAST) problems.push({ pair, ratio, suggestion: nearestReadable(color, backgrounds) });
  }
  return problems;
}

const NEAR_BLACK = "#0f172a";

/**
 * The colour for text on `background` (button, name header): white while it is readable (AA), else the
 * tenant's text colour when that reads better, else whichever of white and near-black contrasts more
 * (white on light yellow becomes dark text).
 */
export function readableOn(background: string, textColor: string): string {
  const onWhite = contrastRatio(background, WHITE);
  if (onWhite >= MIN_CONTRAST) return WHITE;
  if (contrastRatio(background, textColor) >= MIN_CONTRAST) return textColor;
  return onWhite >= contrastRatio(background, NEAR_BLACK) ? WHITE : NEAR_BLACK;
}

/**
 * The brand colour for text and links on the light pages: itself when it is readable there (AA),
 * else the nearest readable shade of the same hue (a light yellow brand gets dark-yellow links).
 */
export function readableTextShade(color: string): string {
  return worstRatio(color, TEXT_BACKGROUNDS) >= MIN_CONTRAST ? color : nearestReadable(color, TEXT_BACKGROUNDS);
}
