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
import { createHash } from "node:crypto";
import { geoEqualEarth, geoPath } from "d3-geo";
import { feature, merge } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";
import countryCodes from "i18n-iso-countries";
import world from "world-atlas/countries-110m.json";

export const MAP_WIDTH = 960;
export const MAP_HEIGHT = 470;
/**
 * Paths are drawn in a box MAP_SCALE times larger than MAP_WIDTH × MAP_HEIGHT with integer
 * coordinates (half a pixel at 960 px wide: no visible difference), so the SVG's viewBox is
 * `0 0 MAP_WIDTH*MAP_SCALE MAP_HEIGHT*MAP_SCALE`.
 */
export const MAP_SCALE = 2;

export type CountryShape = { code: string; d: string };

let shapes: CountryShape[] | null = null;

/** Every country with a known alpha-2 code, as `{ code, d }` (an SVG path in the MAP_SCALE-times 960×470 box). Antarctica left out. */
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
  // Projected with 3 decimals, then compacted (compactPath): integer, relative, without the points
  // that rounding merges.
  const projected = geoPath(projection).digits(3);
  const path = (object: Parameters<typeof projected>[0]) => {
    const d = projected(object);
    return d ? compactPath(d, MAP_SCALE) : d;
  };
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

/**
 * A path of absolute `M`/`L`/`Z` commands (d3-geo's output) scaled by `scale` and rounded to
 * integers, rewritten with relative `l` steps, dropping the points that rounding puts on the
 * previous one (and rings that shrink to a single point). About a third of the size of the
 * same path with one decimal: the map's geometry is sent twice in the HTML (markup and the RSC
 * payload), so it counts twice.
 */
export function compactPath(d: string, scale: number): string {
  const out: string[] = [];
  for (const ring of d.split(/[Zz]/)) {
    const points = [...ring.matchAll(/[ML]?\s*(-?[\d.]+(?:e-?\d+)?)[ ,](-?[\d.]+(?:e-?\d+)?)/g)].map((m) => [Math.round(Number(m[1]) * scale), Math.round(Number(m[2]) * scale)] as const);
    const kept: (readonly [number, number])[] = [];
    for (const p of points) {
      const last = kept[kept.length - 1];
      if (!last || last[0] !== p[0] || last[1] !== p[1]) kept.push(p);
    }
    if (kept.length < 2) continue;
    const num = (n: number) => (n < 0 ? String(n) : ` ${n}`);
    let text = `M${kept[0]![0]}${num(kept[0]![1])}l`;
    for (let i = 1; i < kept.length; i++) {
      const dx = kept[i]![0] - kept[i - 1]![0];
      const dy = kept[i]![1] - kept[i - 1]![1];
      text += (i === 1 ? String(dx) : num(dx)) + num(dy);
    }
    out.push(`${text}z`);
  }
  return out.join("");
}

/** The light theme's colours of a country with nothing on record (app/globals.css: muted-foreground at 15% alpha) and of the borders (background). */
const BASE_FILL = "oklch(0.48 0.02 170 / 0.15)";
const BASE_STROKE = "oklch(0.99 0.002 165)";

let base: { svg: string; version: string } | null = null;

/**
 * The map's base layer: every country of worldShapes() in the colour of a country with nothing on
 * record, as one standalone SVG document (`svg`, about 50 kB) with the page map's viewBox, and
 * `version`, the first 12 hex digits of its SHA-256 (for an immutable URL). The page draws it as
 * an image under its own SVG, which holds only the countries with activity (links) and Morocco, so
 * the ~170 shapes are not sent twice (markup and RSC payload) with every page: the browser keeps
 * this file.
 */
export function worldBaseMap(): { svg: string; version: string } {
  if (base) return base;
  const width = MAP_WIDTH * MAP_SCALE;
  const height = MAP_HEIGHT * MAP_SCALE;
  const paths = worldShapes().map(({ d }) => `<path d="${d}"/>`).join("");
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}"><g fill="${BASE_FILL}" stroke="${BASE_STROKE}" stroke-width="1">${paths}</g></svg>`;
  base = { svg, version: createHash("sha256").update(svg).digest("hex").slice(0, 12) };
  return base;
}
