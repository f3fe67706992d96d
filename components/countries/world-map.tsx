/**
 * The world map of cooperation, drawn on the server (plain SVG: no map data or script reaches
 * the browser). Countries are shaded by how much is on record with them (meetings + projects +
 * agreements); each one with activity links to its profile, named with its figures for screen
 * readers and in a tooltip. The other countries are one cached image under the page's SVG
 * (app/maps/world.svg), so the page carries only the shapes it shades.
 */
import { getTranslations } from "next-intl/server";
import type { CountryActivity } from "@/lib/countries/activity";
import { MAP_HEIGHT, MAP_SCALE, MAP_WIDTH, worldBaseMap, worldShapes } from "@/lib/countries/world-shapes";

/** Activity buckets: the lower bound of each shade, lightest first. */
const BUCKETS = [1, 3, 6, 11] as const;
const SHADES = ["fill-primary/25", "fill-primary/45", "fill-primary/70", "fill-primary"] as const;

function shadeOf(total: number): string {
  let shade = "fill-muted-foreground/15";
  BUCKETS.forEach((min, i) => {
    if (total >= min) shade = SHADES[i]!;
  });
  return shade;
}

export async function WorldMap({ activity }: { activity: CountryActivity[] }) {
  const t = await getTranslations("countries.map");
  const byCode = new Map(activity.map((a) => [a.code, a]));
  const describe = (a: CountryActivity) =>
    `${a.name}: ${t("figures", { meetings: a.meetings, projects: a.projects, agreements: a.agreements })}`;
  const width = MAP_WIDTH * MAP_SCALE;
  const height = MAP_HEIGHT * MAP_SCALE;
  // Every path's stroke and the links' hover/focus styles are set once on the <svg>, not on each
  // path (the markup is sent twice: HTML and RSC payload).
  return (
    <figure className="grid gap-2" data-testid="countries-map">
      <div className="relative overflow-hidden rounded-lg border bg-sky-50/60">
        <img src={`/maps/world.svg?v=${worldBaseMap().version}`} alt="" aria-hidden width={width} height={height} className="absolute inset-0 size-full" data-testid="countries-map-base" />
        <svg
          viewBox={`0 0 ${width} ${height}`}
          className="relative block h-auto w-full [&_path]:stroke-background [&_path]:stroke-1 [&_a_path]:transition-colors [&_a:hover_path]:fill-primary/90 [&_a:focus-visible_path]:stroke-foreground [&_a:focus-visible_path]:stroke-4"
          role="group"
          aria-label={t("label")}
        >
          {worldShapes().map(({ code, d }) => {
            const a = byCode.get(code);
            if (code === "MA") {
              return (
                <path key={code} d={d} className="fill-warning" data-country="MA">
                  <title>{t("home")}</title>
                </path>
              );
            }
            if (!a) return null;
            return (
              <a key={code} href={`/countries/${code}`} aria-label={describe(a)} className="focus-visible:outline-none">
                <path d={d} data-country={code} className={shadeOf(a.total)}>
                  <title>{describe(a)}</title>
                </path>
              </a>
            );
          })}
        </svg>
      </div>
      <figcaption className="flex flex-wrap items-center gap-x-4 gap-y-1 text-xs text-muted-foreground">
        <span>{t("legend")}</span>
        {BUCKETS.map((min, i) => (
          <span key={min} className="inline-flex items-center gap-1">
            <svg aria-hidden viewBox="0 0 10 10" className="size-3">
              <rect width="10" height="10" className={SHADES[i]} />
            </svg>
            {i < BUCKETS.length - 1 ? t("range", { from: min, to: BUCKETS[i + 1]! - 1 }) : t("atLeast", { from: min })}
          </span>
        ))}
        <span className="inline-flex items-center gap-1">
          <svg aria-hidden viewBox="0 0 10 10" className="size-3">
            <rect width="10" height="10" className="fill-warning" />
          </svg>
          {t("home")}
        </span>
      </figcaption>
    </figure>
  );
}
