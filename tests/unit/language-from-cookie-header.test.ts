import { describe, expect, it } from "vitest";
import { languageFromCookieHeader } from "@/lib/i18n/language-from-cookie-header";

describe("language from the Cookie header at sign-in", () => {
  it("finds the switcher's choice among other cookies", () => {
    expect(languageFromCookieHeader("__Host-session=abc; mp_lang=en; theme=dark")).toBe("en");
    expect(languageFromCookieHeader("mp_lang=de")).toBe("de");
  });

  it("ignores unknown languages, look-alike names and a missing header", () => {
    expect(languageFromCookieHeader("mp_lang=fr")).toBeNull();
    expect(languageFromCookieHeader("xmp_lang=en; mp_lang_old=en")).toBeNull();
    expect(languageFromCookieHeader("")).toBeNull();
    expect(languageFromCookieHeader(undefined)).toBeNull();
  });
});
