/**
 * The response for an SVG file whose URL carries its content's hash (`?v=<version>`): browsers
 * keep it a year without asking again, and the hash is its ETag.
 */

/**
 * `svg` as `image/svg+xml`, cached for a year (`immutable`).
 * @param file the SVG text and the hash its URL carries.
 * @param audience "public" when it is the same file for everyone and may sit in shared caches,
 *   "private" when only a signed-in user's browser may keep it.
 */
export function immutableSvgResponse(file: { svg: string; version: string }, audience: "public" | "private"): Response {
  return new Response(file.svg, {
    headers: {
      "content-type": "image/svg+xml; charset=utf-8",
      "cache-control": `${audience}, max-age=31536000, immutable`,
      etag: `"${file.version}"`,
    },
  });
}
