import { describe, expect, it } from "vitest";
import { effectiveRights } from "@/lib/auth/staff-rights";
import { contentDisposition } from "@/lib/storage/presign-download";
import { brandingCssVariables } from "@/lib/tenant/tenant-branding";

describe("tenant theming", () => {
  it("passes valid colours through as CSS variables", () => {
    expect(brandingCssVariables({ primaryColor: "#112233", secondaryColor: "#445566", textColor: "#000000" })).toEqual({
      "--brand-primary": "#112233",
      "--brand-secondary": "#445566",
      "--brand-text": "#000000",
    });
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
