import { describe, expect, it } from "vitest";
import { sniffFileType } from "@/lib/documents/sniff-file-type";
import { documentUploadFields, titleFromFileName, uploadFileName } from "@/lib/validation/document-upload";

const bytes = (...parts: (number[] | string)[]) =>
  Buffer.concat(parts.map((p) => (typeof p === "string" ? Buffer.from(p, "latin1") : Buffer.from(p))));
const ftyp = (brand: string) => bytes([0, 0, 0, 0x18], "ftyp", brand, [0, 0, 0, 0], "mif1heic");

describe("file type by magic bytes", () => {
  it.each([
    ["a PDF", bytes("%PDF-1.7\n%âãÏÓ"), "application/pdf"],
    ["a JPEG", bytes([0xff, 0xd8, 0xff, 0xe0, 0, 0x10], "JFIF"), "image/jpeg"],
    ["a PNG", bytes([0x89], "PNG", [0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d], "IHDR"), "image/png"],
    ["a little-endian TIFF", bytes("II", [0x2a, 0, 8, 0, 0, 0]), "image/tiff"],
    ["a big-endian TIFF", bytes("MM", [0, 0x2a, 0, 0, 0, 8]), "image/tiff"],
    ["an iPhone HEIC photo", ftyp("heic"), "image/heic"],
    ["a generic HEIF image", ftyp("mif1"), "image/heif"],
  ])("recognises %s", (_label, head, type) => {
    expect(sniffFileType(head)).toBe(type);
  });

  it.each([
    ["HTML", bytes("<!doctype html><html>")],
    ["SVG", bytes('<svg xmlns="http://www.w3.org/2000/svg">')],
    ["a shell script", bytes("#!/bin/sh\necho hi\n")],
    ["a ZIP (DOCX, XLSX)", bytes("PK", [3, 4, 20, 0, 6, 0])],
    ["an MP4 video", ftyp("isom")],
    ["an AVIF image", ftyp("avif")],
    ["a PDF marker not at the start", bytes(" %PDF-1.4")],
    ["a truncated PNG signature", bytes([0x89], "PNG")],
  ])("refuses %s", (_label, head) => {
    expect(sniffFileType(head)).toBeNull();
  });
});

describe("upload file names", () => {
  it.each(["Police Hausrat 2026.pdf", "Übersicht – Verträge.PDF", "IMG_0001.HEIC", "..hidden.pdf", "a..b.pdf"])(
    "accepts %j",
    (name) => {
      expect(uploadFileName.safeParse(name).success).toBe(true);
    },
  );

  it.each([
    "../x.pdf",
    "..\\x.pdf",
    "/etc/passwd",
    "a/b.pdf",
    "C:\\Users\\x.pdf",
    "..",
    ".",
    "",
    "   ",
    "x\u0000.pdf",
    "x\u001b.pdf",
    "x\u202e.pdf",
  ])("refuses %j", (name) => {
    const parsed = uploadFileName.safeParse(name);
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.message).toBe("documents.errors.fileNameInvalid");
  });

  it("refuses names longer than 255 characters with their own message", () => {
    expect(uploadFileName.safeParse(`${"a".repeat(252)}.pdf`).error?.issues[0]?.message).toBe("documents.errors.fileNameTooLong");
  });

  it("derives the default title from the name without its extension", () => {
    expect(titleFromFileName("Police Hausrat.pdf")).toBe("Police Hausrat");
    expect(titleFromFileName("scan.final.tiff")).toBe("scan.final");
    expect(titleFromFileName(".pdf")).toBe(".pdf");
  });
});

describe("upload metadata", () => {
  it("defaults to a general, internal document of category other", () => {
    expect(documentUploadFields.parse({})).toEqual({
      title: "",
      category: "OTHER",
      documentDate: null,
      isVisibleToCustomer: false,
      contractId: null,
    });
  });

  it("refuses unknown categories, impossible dates, non-uuid contracts and long titles with catalog keys", () => {
    const parsed = documentUploadFields.safeParse({
      title: "x".repeat(201),
      category: "VIRUS",
      documentDate: "2026-02-30",
      contractId: "../other",
    });
    expect(parsed.error?.issues.map((i) => i.message).sort()).toEqual([
      "documents.validation.categoryInvalid",
      "documents.validation.contractInvalid",
      "documents.validation.dateInvalid",
      "documents.validation.titleTooLong",
    ]);
  });
});
