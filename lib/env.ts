import { z } from "zod";

// Embedded defaults (scripts/dev.ts starts these services when nothing else is configured).
// Ports can be moved (EMBEDDED_PG_PORT / EMBEDDED_S3_PORT) so a benchmark can run beside a dev server.
export const EMBEDDED = {
  pgPort: Number(process.env.EMBEDDED_PG_PORT ?? 54329),
  s3Port: Number(process.env.EMBEDDED_S3_PORT ?? 4569),
  s3Bucket: "maklerportal-documents",
} as const;

const schema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  DATABASE_URL: z.string().url().default(`postgresql://postgres:postgres@127.0.0.1:${EMBEDDED.pgPort}/postgres`),
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(100).default(10),
  ROOT_DOMAIN: z.string().min(1).default("localhost"),
  PORT: z.coerce.number().int().default(3000),
  // https in production; http on localhost
  PUBLIC_PROTOCOL: z.enum(["http", "https"]).default("http"),
  // Host a broker's custom domain points to with its CNAME; unset → domains.<ROOT_DOMAIN>
  // (lib/tenant/domains/platform-cname-target.ts).
  PLATFORM_CNAME_TARGET: z
    .string()
    .regex(/^[a-zA-Z0-9.-]+$/, "a host name without scheme or port")
    .optional(),
  NEXTAUTH_SECRET: z.string().min(32).default("dev-only-secret-change-me-in-production-0123456789"),
  S3_ENDPOINT: z.string().url().optional(),
  S3_REGION: z.string().default("eu-central-1"),
  S3_BUCKET: z.string().default(EMBEDDED.s3Bucket),
  S3_ACCESS_KEY_ID: z.string().default("S3RVER"),
  S3_SECRET_ACCESS_KEY: z.string().default("S3RVER"),
  S3_FORCE_PATH_STYLE: z
    .enum(["true", "false"])
    .default("true")
    .transform((v) => v === "true"),
  RESEND_API_KEY: z.string().optional(),
  RESEND_BASE_URL: z.string().url().optional(),
  MAIL_FROM: z.string().default("portal@maklerportal.localhost"),
  SMS_PROVIDER_URL: z.string().url().optional(),
  SMS_API_KEY: z.string().optional(),
  DEV_TRANSPORTS: z.enum(["true", "false"]).optional(),
});

export type ServerEnv = z.infer<typeof schema>;

let cached: ServerEnv | undefined;

/** Validated server environment; throws with a readable message when misconfigured. */
export function serverEnv(): ServerEnv {
  if (cached) return cached;
  const parsed = schema.safeParse(process.env);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ");
    throw new Error(`Invalid environment: ${issues}`);
  }
  const isBuild = process.env.NEXT_PHASE === "phase-production-build";
  if (parsed.data.NODE_ENV === "production" && !isBuild && parsed.data.NEXTAUTH_SECRET.startsWith("dev-only")) {
    // A production server must never sign sessions with the well-known development secret.
    throw new Error("NEXTAUTH_SECRET must be set in production");
  }
  cached = parsed.data;
  return cached;
}

/**
 * Dev transports (and /dev/mailbox) are active in development unless a real provider is configured.
 * A production build has them only when DEV_TRANSPORTS=true (set for the embedded default and e2e).
 */
export function devTransportsActive(): boolean {
  const env = serverEnv();
  if (env.DEV_TRANSPORTS) return env.DEV_TRANSPORTS === "true";
  if (env.NODE_ENV === "production") return false;
  return !env.RESEND_API_KEY;
}
