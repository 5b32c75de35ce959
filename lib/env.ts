import { z } from "zod";

// Embedded defaults (scripts/dev.ts starts these services when nothing else is configured).
export const EMBEDDED = {
  pgPort: 54329,
  s3Port: 4569,
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
  NEXTAUTH_SECRET: z.string().min(32).default("dev-only-secret-change-me-in-production-0123456789"),
  S3_ENDPOINT: z.string().url().optional(),
  S3_REGION: z.string().default("eu-central-1"),
  S3_BUCKET: z.string().default(EMBEDDED.s3Bucket),
  S3_ACCESS_KEY_ID: z.string().default("S3RVER"),
  S3_SECRET_ACCESS_KEY: z.string().default("S3RVER"),
  S3_FORCE_PATH_STYLE: z.enum(["true", "false"]).default("true").transform((v) => v === "true"),
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
  if (parsed.data.NODE_ENV === "production" && parsed.data.NEXTAUTH_SECRET.startsWith("dev-only")) {
    // The e2e suite runs a production build on embedded services; it sets its own secret.
    throw new Error("NEXTAUTH_SECRET must be set in production");
  }
  cached = parsed.data;
  return cached;
}

/** Dev transports (mailbox) are active unless a real provider is configured. */
export function devTransportsActive(): boolean {
  const env = serverEnv();
  if (env.DEV_TRANSPORTS) return env.DEV_TRANSPORTS === "true";
  return !env.RESEND_API_KEY;
}
