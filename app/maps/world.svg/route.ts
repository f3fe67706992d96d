/**
 * GET /maps/world.svg?v=<version>: the world map's base layer (lib/countries/world-shapes.ts,
 * worldBaseMap), every country's outline as one SVG image. Its URL carries its content's hash, so
 * browsers keep it for a year; the countries page sends only the countries with activity on top.
 * Signed-in users only, as every page (proxy.ts).
 */
import { worldBaseMap } from "@/lib/countries/world-shapes";
import { immutableSvgResponse } from "@/lib/cache/immutable-svg";

export function GET(): Response {
  return immutableSvgResponse(worldBaseMap(), "private");
}
