import { GetObjectCommand } from "@aws-sdk/client-s3";
import { getSignedUrl } from "@aws-sdk/s3-request-presigner";
import { serverEnv } from "../env";
import { s3Client } from "./s3-client";

export type PresignOptions = {
  fileName: string;
  contentType: string;
  disposition: "attachment" | "inline";
  /** seconds; security.md 16 caps this at 60 */
  expiresIn?: number;
};

/** RFC 6266 header with an ASCII fallback so umlauts survive and quotes cannot break out. */
export function contentDisposition(disposition: "attachment" | "inline", fileName: string): string {
  const ascii =
    fileName
      .normalize("NFKD")
      .replace(/[^\x20-\x7e]/g, "")
      .replace(/["\\;]/g, "_")
      .trim() || "dokument";
  return `${disposition}; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}

/** Short-lived GET URL; call only after the data layer authorised the read. */
export async function presignDownload(key: string, options: PresignOptions): Promise<string> {
  const expiresIn = Math.min(options.expiresIn ?? 60, 60);
  const command = new GetObjectCommand({
    Bucket: serverEnv().S3_BUCKET,
    Key: key,
    ResponseContentDisposition: contentDisposition(options.disposition, options.fileName),
    ResponseContentType: options.contentType,
  });
  return getSignedUrl(s3Client(), command, { expiresIn });
}
