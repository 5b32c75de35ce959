import { mkdirSync } from "node:fs";
import S3rver from "s3rver";
import { EMBEDDED } from "@/lib/env";
import { portInUse } from "./port-in-use";

export type EmbeddedS3 = { endpoint: string; bucket: string; stop(): Promise<void> };

/**
 * Starts s3rver (S3-compatible, files in dataDir) and creates the document bucket.
 * Keys S3RVER/S3RVER are s3rver's defaults and match lib/env.ts's defaults.
 */
export async function startEmbeddedS3(options: {
  dataDir: string;
  port: number;
  host?: string;
  bucket?: string;
}): Promise<EmbeddedS3> {
  const host = options.host ?? "127.0.0.1";
  const bucket = options.bucket ?? process.env.S3_BUCKET ?? EMBEDDED.s3Bucket;
  // s3rver reports EADDRINUSE only as an unhandled 'error' event, so check beforehand.
  if (options.port !== 0 && (await portInUse(options.port, host))) {
    throw new Error(
      `Port ${host}:${options.port} is already in use — is another "npm run dev"/"npm start" still running? ` +
        `Stop it, set EMBEDDED_S3_PORT to another port, or set S3_ENDPOINT (and S3_*) to use your own S3 storage.`,
    );
  }
  mkdirSync(options.dataDir, { recursive: true });
  const server = new S3rver({
    address: host,
    port: options.port,
    silent: true,
    directory: options.dataDir,
    // path-style only: vhost matching would treat "<bucket>.localhost" hosts as buckets
    vhostBuckets: false,
    configureBuckets: [{ name: bucket }],
  });
  const address = await server.run();

  let stopped = false;
  return {
    endpoint: `http://${host}:${address.port}`,
    bucket,
    async stop() {
      if (stopped) return;
      stopped = true;
      await server.close();
    },
  };
}
