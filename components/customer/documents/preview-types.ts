/** Types browsers show inline; HEIC and TIFF mostly not, so they are offered as download only. */
export function canPreviewInline(contentType: string): "pdf" | "image" | null {
  if (contentType === "application/pdf") return "pdf";
  if (contentType === "image/jpeg" || contentType === "image/png") return "image";
  return null;
}
