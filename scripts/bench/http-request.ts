import { request } from "node:http";

export type HttpResponse = { status: number; headers: Record<string, string | string[] | undefined>; body: string };

/**
 * One HTTP/1.1 request to 127.0.0.1 with an explicit Host header: the app resolves the tenant
 * from the host, and Node cannot resolve *.localhost, so we connect by address and name the host.
 */
export function httpRequest(options: {
  port: number;
  host: string;
  path: string;
  method?: "GET" | "POST";
  headers?: Record<string, string>;
  body?: string;
  timeoutMs?: number;
}): Promise<HttpResponse> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: "127.0.0.1",
        port: options.port,
        path: options.path,
        method: options.method ?? "GET",
        headers: { Host: options.host, ...options.headers },
        timeout: options.timeoutMs ?? 30_000,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (c: Buffer) => chunks.push(c));
        res.on("end", () =>
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString("utf8") }),
        );
        res.on("error", reject);
      },
    );
    req.on("timeout", () => req.destroy(new Error(`timeout after ${options.timeoutMs ?? 30_000} ms: ${options.path}`)));
    req.on("error", reject);
    if (options.body) req.write(options.body);
    req.end();
  });
}

/** "name=value" pairs from Set-Cookie headers (attributes dropped). */
export function cookiesFrom(res: HttpResponse): Map<string, string> {
  const raw = res.headers["set-cookie"] ?? [];
  const jar = new Map<string, string>();
  for (const line of Array.isArray(raw) ? raw : [raw]) {
    const pair = line.split(";")[0] ?? "";
    const eq = pair.indexOf("=");
    if (eq > 0) jar.set(pair.slice(0, eq).trim(), pair.slice(eq + 1).trim());
  }
  return jar;
}

export function cookieHeader(jar: Map<string, string>): string {
  return [...jar].map(([k, v]) => `${k}=${v}`).join("; ");
}
