/**
 * The map's geometry: compact paths (integer, relative steps) that draw the same shapes, and every
 * country the map linked before still has a shape.
 */
import { describe, expect, it } from "vitest";
import { compactPath, MAP_HEIGHT, MAP_SCALE, MAP_WIDTH, worldBaseMap, worldShapes } from "./world-shapes";

/** The absolute points of a compact path, by subpath. */
function pointsOf(d: string): [number, number][][] {
  return d
    .split("z")
    .filter(Boolean)
    .map((ring) => {
      const [start, steps = ""] = ring.slice(1).split("l");
      const numbers = (text: string) => (text.match(/-?\d+/g) ?? []).map(Number);
      const [x0, y0] = numbers(start!);
      const points: [number, number][] = [[x0!, y0!]];
      const deltas = numbers(steps);
      for (let i = 0; i < deltas.length; i += 2) {
        const [x, y] = points[points.length - 1]!;
        points.push([x + deltas[i]!, y + deltas[i + 1]!]);
      }
      return points;
    });
}

describe("compactPath", () => {
  it("scales and rounds the points, writes relative steps and drops the points rounding merges", () => {
    const d = compactPath("M10.25,20L10.3,20.1L15,25L12,-3ZM1,1L1.01,1.01Z", 2);
    expect(d).toBe("M21 40l9 10-6-56z");
    expect(pointsOf(d)).toEqual([[[21, 40], [30, 50], [24, -6]]]);
  });
});

describe("worldShapes", () => {
  it("draws every country inside the scaled box, Morocco whole, with no Western Sahara apart", () => {
    const shapes = worldShapes();
    expect(shapes.length).toBeGreaterThan(160);
    const codes = shapes.map((s) => s.code);
    expect(codes).toContain("MA");
    expect(codes).toContain("ES");
    expect(codes).not.toContain("EH");
    for (const { d } of shapes) {
      for (const ring of pointsOf(d)) {
        for (const [x, y] of ring) {
          expect(x).toBeGreaterThanOrEqual(0);
          expect(x).toBeLessThanOrEqual(MAP_WIDTH * MAP_SCALE);
          expect(y).toBeGreaterThanOrEqual(0);
          expect(y).toBeLessThanOrEqual(MAP_HEIGHT * MAP_SCALE);
        }
      }
    }
  });
});

describe("worldBaseMap", () => {
  it("is one standalone SVG of every country's shape, in the page map's box, named by its content's hash", () => {
    const { svg, version } = worldBaseMap();
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1920 940"')).toBe(true);
    const drawn = [...svg.matchAll(/<path d="([^"]+)"\/>/g)].map((m) => m[1]);
    expect(drawn).toEqual(worldShapes().map((s) => s.d));
    expect(version).toMatch(/^[0-9a-f]{12}$/);
    expect(worldBaseMap().version).toBe(version);
  });
});
