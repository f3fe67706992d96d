/**
 * The icon sprite holds a drawn symbol for every icon the app names, and its URL's version is its
 * content's hash (so a changed sprite is fetched again, and an unchanged one is kept).
 */
import { describe, expect, it } from "vitest";
import { ICON_IDS, ICON_SPRITE_VERSION } from "./ids";
import { iconSprite } from "./sprite";

describe("iconSprite", () => {
  it("draws a symbol with shapes for every icon id", () => {
    const { svg } = iconSprite();
    for (const id of ICON_IDS) expect(svg).toMatch(new RegExp(`<symbol id="${id}" viewBox="0 0 24 24"><(path|circle|rect|line|polyline|polygon|ellipse) `));
    expect(svg.match(/<symbol /g)).toHaveLength(ICON_IDS.length);
    expect(svg).not.toContain("key=");
  });

  it("is named by its content's hash: ICON_SPRITE_VERSION must be set to it when the icons change", () => {
    const { version } = iconSprite();
    expect(ICON_SPRITE_VERSION, `set ICON_SPRITE_VERSION in lib/icons/ids.ts to "${version}"`).toBe(version);
  });
});
