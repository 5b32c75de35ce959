import "server-only";
import { generateSecret, generateURI } from "otplib";
import QRCode from "qrcode";
import { TOTP_PERIOD_SECONDS } from "./totp-settings";

export type TotpEnrolment = { secret: string; otpauthUrl: string; qrDataUrl: string };

/**
 * A new TOTP secret (160 bits, base32) with its otpauth:// URL and a QR code (PNG data: URL) for
 * authenticator apps. Nothing is stored: the caller keeps the pending secret (e.g. sealed with
 * encryptSecret in the form) until confirmTotpEnrolment has seen a first valid code.
 */
export async function createTotpEnrolment(input: { issuer: string; accountName: string }): Promise<TotpEnrolment> {
  const secret = generateSecret({ length: 20 });
  const otpauthUrl = generateURI({
    issuer: input.issuer,
    label: input.accountName,
    secret,
    period: TOTP_PERIOD_SECONDS,
  });
  const qrDataUrl = await QRCode.toDataURL(otpauthUrl, { errorCorrectionLevel: "M", margin: 2, width: 240 });
  return { secret, otpauthUrl, qrDataUrl };
}
