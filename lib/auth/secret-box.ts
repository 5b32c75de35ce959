import "server-only";
import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from "node:crypto";
import { serverEnv } from "../env";

// Short secrets at rest (TOTP seeds): a database dump alone must not yield working second factors.
// The key is derived from NEXTAUTH_SECRET with HKDF and a purpose label, so it is never the session
// signing key itself and other purposes can derive their own keys. Rotating NEXTAUTH_SECRET makes
// stored secrets unreadable (users re-enrol); the "v1." prefix leaves room for a keyed rotation.
const INFO = "maklerportal/secret-box/v1";
const VERSION = "v1";

let cachedKey: { secret: string; key: Buffer } | undefined;

function key(): Buffer {
  const secret = serverEnv().NEXTAUTH_SECRET;
  if (cachedKey?.secret !== secret) {
    cachedKey = { secret, key: Buffer.from(hkdfSync("sha256", secret, Buffer.alloc(0), INFO, 32)) };
  }
  return cachedKey.key;
}

/**
 * AES-256-GCM; returns "v1.<iv>.<tag>.<ciphertext>" (parts in base64url). `context` (e.g. the user id)
 * is bound as associated data: a value copied into another user's row no longer decrypts.
 */
export function encryptSecret(plaintext: string, context = ""): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", key(), iv, { authTagLength: 16 });
  cipher.setAAD(Buffer.from(context, "utf8"));
  const ciphertext = Buffer.concat([cipher.update(plaintext, "utf8"), cipher.final()]);
  const tag = cipher.getAuthTag();
  return [VERSION, iv, tag, ciphertext].map((part) => (typeof part === "string" ? part : part.toString("base64url"))).join(".");
}

/** Decrypts a value from encryptSecret; throws when it was tampered with, or sealed under another key or context. */
export function decryptSecret(sealed: string, context = ""): string {
  const [version, iv, tag, ciphertext, ...rest] = sealed.split(".");
  if (version !== VERSION || !iv || !tag || ciphertext === undefined || rest.length > 0) {
    throw new Error("Unsupported sealed secret format");
  }
  const decipher = createDecipheriv("aes-256-gcm", key(), Buffer.from(iv, "base64url"), { authTagLength: 16 });
  decipher.setAAD(Buffer.from(context, "utf8"));
  decipher.setAuthTag(Buffer.from(tag, "base64url"));
  return Buffer.concat([decipher.update(Buffer.from(ciphertext, "base64url")), decipher.final()]).toString("utf8");
}
