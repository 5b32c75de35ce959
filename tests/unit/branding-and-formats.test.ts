import { describe, expect, it } from "vitest";
import { effectiveRights } from "@/lib/auth/staff-rights";
import { contentDisposition } from "@/lib/storage/presign-download";
import { contrastRatio } from "@/lib/tenant/contrast";
import { brandingCssVariables } from "@/lib/tenant/tenant-branding";

describe("tenant theming", () => {
  it("passes valid colours through as CSS variables", () => {
    expect(brandingCssVariables({ primaryColor: "#112233", secondaryColor: "#445566", textColor: "#000000" })).toEqual({
      "--brand-primary": "#112233",
      "--brand-secondary": "#445566",
      "--brand-text": "#000000",
      "--brand-on-primary": "#ffffff",
      "--brand-ink": "#112233",
      "--brand-on-secondary": "#ffffff",
    });
  });

  it("writes dark text on a light yellow primary colour the owner saved despite the warning", () => {
    const vars = brandingCssVariables({ primaryColor: "#fff59d", secondaryColor: "#0f766e", textColor: "#1c1917" });
    expect(vars["--brand-on-primary"]).toBe("#1c1917");
    expect(vars["--brand-on-secondary"]).toBe("#ffffff");
    // links in that colour would vanish on white: they get a readable shade of the same yellow
    expect(vars["--brand-ink"]).not.toBe("#fff59d");
    expect(contrastRatio(vars["--brand-ink"]!, "#ffffff")).toBeGreaterThanOrEqual(4.5);
  });

  it("falls back to near-black on a light colour when the text colour is light as well", () => {
    const vars = brandingCssVariables({ primaryColor: "#fde68a", secondaryColor: "#0f766e", textColor: "#cbd5e1" });
    expect(vars["--brand-on-primary"]).toBe("#0f172a");
  });

  it("replaces a colour that tries to break out of the style attribute", () => {
    const vars = brandingCssVariables({ primaryColor: "red;}</style><script>", secondaryColor: "#445566", textColor: "#000000" });
    expect(vars["--brand-primary"]).toBe("#1d4ed8");
  });
});

describe("download headers", () => {
  it("sanitises quotes and keeps umlauts in the UTF-8 file name", () => {
    const header = contentDisposition("attachment", 'Police "Hausrat" Müller.pdf');
    expect(header).toContain('filename="Police _Hausrat_ Muller.pdf"');
    expect(header).toContain("filename*=UTF-8''Police%20%22Hausrat%22%20M%C3%BCller.pdf");
  });
});

describe("staff rights", () => {
  it("gives owners every right and others only what is stored", () => {
    expect(effectiveRights("owner", {}).deleteDocuments).toBe(true);
    expect(effectiveRights("advisor", { viewCustomers: true }).viewCustomers).toBe(true);
    expect(effectiveRights("advisor", { viewCustomers: true }).deleteDocuments).toBe(false);
    expect(effectiveRights("advisor", "garbage").viewCustomers).toBe(false);
  });
});
