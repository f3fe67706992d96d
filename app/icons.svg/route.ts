/**
 * GET /icons.svg?v=<version>: the app's icons as one SVG sprite (lib/icons/sprite.ts). Its URL
 * carries its content's hash, so browsers keep it for a year. Public, as the login page draws icons
 * too, and outside the proxy (proxy.ts's matcher): it is the same file for everyone.
 */
import { iconSprite } from "@/lib/icons/sprite";
import { immutableSvgResponse } from "@/lib/cache/immutable-svg";

export function GET(): Response {
  return immutableSvgResponse(iconSprite(), "public");
}
