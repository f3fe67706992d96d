/**
 * The world's country shapes as SVG paths, drawn once per process on the server from the Natural
 * Earth 1:110m shapes shipped in the `world-atlas` package (no download at run time), projected
 * with d3-geo's Equal Earth projection. World-atlas names countries by ISO 3166-1 numeric code;
 * i18n-iso-countries gives the alpha-2 code the app uses.
 *
 * Morocco is drawn whole, its southern provinces included (Natural Earth's separate "W. Sahara"
 * shape, numeric 732, is merged into Morocco, 504), as the department's own maps show it.
 */
import "server-only";
import { geoEqualEarth, geoPath } from "d3-geo";
import { feature, merge } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";
import countryCodes from "i18n-iso-countries";
import world from "world-atlas/countries-110m.json";

export const MAP_WIDTH = 960;
export const MAP_HEIGHT = 470;

export type CountryShape = { code: string; d: string };

let shapes: CountryShape[] | null = null;

/** Every country with a known alpha-2 code, as `{ code, d }` (an SVG path in a 960×470 box). Antarctica left out. */
export function worldShapes(): CountryShape[] {
  if (shapes) return shapes;
  const topology = world as unknown as Topology<{ countries: GeometryCollection<{ name: string }> }>;
  const geometries = topology.objects.countries.geometries;
  const moroccoParts = geometries.filter((g) => g.id === "504" || g.id === "732");
  const others = geometries.filter((g) => g.id !== "504" && g.id !== "732" && g.id !== "010" && g.id !== undefined);
  const collection = feature(topology, { type: "GeometryCollection", geometries: others });
  const projection = geoEqualEarth().fitExtent(
    [
      [4, 4],
      [MAP_WIDTH - 4, MAP_HEIGHT - 4],
    ],
    collection,
  );
  // One decimal is a tenth of a pixel at 960 px wide: smaller HTML, no visible difference.
  const path = geoPath(projection).digits(1);
  const result: CountryShape[] = [];
  for (const f of collection.features) {
    const code = countryCodes.numericToAlpha2(String(f.id));
    const d = path(f);
    if (code && d) result.push({ code, d });
  }
  const morocco = path(merge(topology, moroccoParts as Parameters<typeof merge>[1]));
  if (morocco) result.push({ code: "MA", d: morocco });
  shapes = result;
  return result;
}
