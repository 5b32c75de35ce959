import { beforeEach, describe, expect, it, vi } from "vitest";
import { RENDER_TIMEOUT_SECONDS, prepareBrandingImage } from "@/lib/tenant/branding-image";

// An SVG that takes minutes to draw is small and harmless to every other check, and how slow it is
// depends on the machine; so sharp is replaced here by a pipeline that behaves as libvips does when
// its time limit runs out, and the test looks at what the upload is told.

const pipeline = vi.hoisted(() => ({
  calls: [] as { name: string; args: unknown[] }[],
  /** the picture takes longer than any limit: libvips stops it only when a limit is set */
  slow: false,
  /** the renderer fails for another reason */
  broken: null as Error | null,
}));

vi.mock("sharp", () => {
  const fake = () => {
    const chain: Record<string, unknown> = {
      metadata: async () => ({ format: "svg", width: 100, height: 30 }),
      toBuffer: async () => {
        if (pipeline.broken) throw pipeline.broken;
        // libvips' message when the limit is reached
        if (pipeline.slow && pipeline.calls.some((c) => c.name === "timeout")) {
          throw new Error('timeout: 40% complete\nVipsImage: killed for image "temp-8"');
        }
        return Buffer.from("png");
      },
    };
    for (const name of ["autoOrient", "resize", "png", "timeout"]) {
      chain[name] = (...args: unknown[]) => {
        pipeline.calls.push({ name, args });
        return chain;
      };
    }
    return chain;
  };
  return { default: fake };
});

const slowSvg = Buffer.from(
  `<svg xmlns="http://www.w3.org/2000/svg" width="100" height="30"><filter id="f"><feTurbulence numOctaves="10"/></filter>` +
    `${'<rect width="100" height="30" filter="url(#f)"/>'.repeat(200)}</svg>`,
  "utf8",
);

beforeEach(() => {
  pipeline.calls = [];
  pipeline.slow = false;
  pipeline.broken = null;
});

describe("SVG logos that take too long to draw", () => {
  it("gives the renderer a time limit of five seconds", async () => {
    expect(await prepareBrandingImage("logo", slowSvg)).toMatchObject({ ok: true });
    expect(RENDER_TIMEOUT_SECONDS).toBe(5);
    expect(pipeline.calls).toContainEqual({ name: "timeout", args: [{ seconds: RENDER_TIMEOUT_SECONDS }] });
  });

  it("refuses the logo as too complex when the renderer runs out of time", async () => {
    pipeline.slow = true;
    expect(await prepareBrandingImage("logo", slowSvg)).toEqual({ ok: false, reason: "tooComplex" });
  });

  it("still calls a broken file unreadable rather than too complex", async () => {
    pipeline.broken = new Error("svgload_buffer: XML parse error");
    expect(await prepareBrandingImage("favicon", slowSvg)).toEqual({ ok: false, reason: "unreadable" });
  });
});
