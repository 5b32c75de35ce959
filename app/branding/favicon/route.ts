import { brandingAssetResponse } from "../branding-asset-response";

/** GET /branding/favicon?v=…: the uploaded favicon of this host's tenant as PNG. */
export function GET(req: Request): Promise<Response> {
  return brandingAssetResponse(req, "favicon");
}
