import { brandingAssetResponse } from "../branding-asset-response";

/** GET /branding/logo?v=…: the uploaded logo of this host's tenant as PNG. */
export function GET(req: Request): Promise<Response> {
  return brandingAssetResponse(req, "logo");
}
