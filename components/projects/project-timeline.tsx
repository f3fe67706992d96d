import { getTranslations } from "next-intl/server";
import { formatPartialDate, formatPartialDateRange } from "@/lib/dates/partial-date";
import type { Locale } from "@/lib/i18n/config";
import { MAX_MONTH_CELLS, type Timeline, type TimelineSpan } from "@/lib/projects/timeline";
import { cn } from "@/lib/utils";

/**
 * A project's timeline on one horizontal axis (geometry from lib/projects/timeline.ts): the
 * planned and actual periods and the phases as bands, one row per dated milestone with its marker
 * (a day is a dot, a month or a year a bar over its whole span). Positions use
 * `inset-inline-start`, so in Arabic time runs from right to left, in the reading direction.
 * The milestones table beside it carries the same facts for screen readers.
 *
 * The axis is at least 46rem wide: in a narrower figure (a phone) it scrolls sideways, and a line
 * under it says so (a container query on the figure, so it shows exactly when the axis overflows).
 * The grid keeps 0.75rem free at its inline end, so a day marker on the axis's last day (a
 * diamond 0.53rem wide on each side of its centre, with its ring) is drawn whole, not cut in half
 * by the scrolling box's edge.
 */
export async function ProjectTimeline({
  timeline,
  locale,
  places = {},
}: {
  timeline: Timeline;
  locale: Locale;
  /** A place to show under a milestone's title, by milestone id. */
  places?: Record<number, string>;
}) {
  const t = await getTranslations("projects");
  const tt = await getTranslations("projects.timeline");
  const hintId = "timeline-scroll-hint"; // one timeline per project page
  const place = (span: TimelineSpan) => ({ insetInlineStart: `${span.startPct}%`, width: `${span.widthPct}%` });
  const gridLines = (
    <>
      {timeline.years.slice(1).filter((year) => year.labelled).map((year) => (
        <span key={year.year} aria-hidden className="absolute inset-y-0 w-px bg-border" style={{ insetInlineStart: `${year.startPct}%` }} />
      ))}
      {timeline.todayPct !== null && (
        <span aria-hidden className="absolute inset-y-0 w-0.5 bg-destructive/60" style={{ insetInlineStart: `${timeline.todayPct}%` }} />
      )}
    </>
  );
  const rowLabel = "flex items-center truncate py-1 pe-3 text-sm";
  // A band row (the planned or the actual period, the phases): its label, then its track.
  const bandRow = (label: string, track: React.ReactNode, phases = false) => (
    <>
      <div className={rowLabel}>{label}</div>
      <div className={phases ? "relative h-8" : "relative h-7"} data-testid={phases ? "timeline-phases" : undefined}>
        {gridLines}
        {track}
      </div>
    </>
  );
  return (
    <figure className="@container flex flex-col gap-3" data-testid="project-timeline" data-start={timeline.start} data-end={timeline.end}>
      {/* Focusable, so that a keyboard can scroll it where it overflows; the hint describes it. */}
      <div className="overflow-x-auto rounded-sm focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-ring" role="region" tabIndex={0} aria-label={tt("label")} aria-describedby={hintId}>
        {/* min-w-[46rem] is the width below which the hint under the axis shows (@max-[46rem]). */}
        <div className="grid min-w-[46rem] grid-cols-[minmax(9rem,15rem)_1fr] items-stretch pe-3">
          {/* Axis: years, then months (labelled every few months) */}
          <div aria-hidden />
          <div className="relative h-6 overflow-hidden border-b text-xs font-semibold" aria-hidden>
            {timeline.years
              .filter((year) => year.labelled)
              .map((year) => (
                <span key={year.year} className="absolute inset-y-0 border-s px-1 leading-6 whitespace-nowrap" style={{ insetInlineStart: `${year.startPct}%` }}>
                  {year.year}
                </span>
              ))}
          </div>
          <div aria-hidden />
          <div className="relative h-6 overflow-hidden border-b text-xs text-muted-foreground" data-testid="timeline-months">
            {timeline.months
              .filter((month) => month.labelled || timeline.months.length <= MAX_MONTH_CELLS)
              .map((month) => (
              <span
                key={month.month}
                data-month={month.month}
                className={cn("absolute inset-y-0 border-s leading-6", month.labelled ? "border-border" : "border-border/40")}
                style={place(month)}
              >
                {month.labelled && <span className="absolute start-1 whitespace-nowrap">{formatPartialDate(month.month, locale)}</span>}
              </span>
              ))}
            {timeline.todayPct !== null && (
              <span className="absolute inset-y-0 ms-1 font-medium whitespace-nowrap text-destructive" style={{ insetInlineStart: `${timeline.todayPct}%` }}>
                {tt("today")}
              </span>
            )}
          </div>

          {timeline.planned && bandRow(tt("plannedPeriod"), <span className="absolute top-1.5 h-4 rounded-sm border border-primary/40 bg-primary/15" style={place(timeline.planned)} />)}
          {timeline.actual && bandRow(tt("actualPeriod"), <span className="absolute top-1.5 h-4 rounded-sm bg-primary/50" style={place(timeline.actual)} />)}
          {timeline.phases.length > 0 &&
            bandRow(
              tt("phases"),
              timeline.phases.map((phase, index) => (
                <span
                  key={phase.id}
                  data-phase={phase.phase}
                  title={`${t(`phases.${phase.phase}`)} · ${formatPartialDateRange(phase.start.slice(0, 7), phase.end.slice(0, 7), locale)}`}
                  className={cn(
                    "absolute top-1 flex h-6 items-center overflow-hidden rounded-sm px-1 text-xs whitespace-nowrap",
                    ["bg-chart-1/20", "bg-chart-4/20", "bg-chart-3/30", "bg-chart-5/20"][index % 4],
                    phase.approximate ? "border border-dashed border-foreground/40" : "border border-foreground/20",
                  )}
                  style={place(phase)}
                >
                  {t(`phases.${phase.phase}`)}
                  {phase.plannedMonths !== null && ` · ${tt("months", { count: phase.plannedMonths })}`}
                </span>
              )),
              true,
            )}

          {timeline.markers.map((entry) => {
            const marker = { ...entry, place: places[entry.id] };
            const dateLabel = formatPartialDateRange(marker.date, marker.endDate, locale);
            const color = marker.late
              ? "bg-destructive"
              : marker.status === "done"
                ? "bg-success"
                : marker.status === "cancelled"
                  ? "bg-muted-foreground/40"
                  : "bg-primary";
            return (
              <div key={marker.id} className="contents" data-testid="timeline-row">
                <div className="flex flex-col justify-center py-1 pe-3 text-sm leading-tight" title={marker.title}>
                  {/* The clamped block takes the title's own direction (an Arabic title clamped
                      inside a left-to-right block lost its first letters off the edge on a
                      French page), and sits on the page's side (self-start: the column's start, whatever the title's direction). */}
                  <span dir="auto" className="line-clamp-2 max-w-full self-start">
                    {marker.title}
                  </span>
                  <span className="text-xs text-muted-foreground">
                    {dateLabel}
                    {marker.place && (
                      <>
                        {" · "}
                        <bdi>{marker.place}</bdi>
                      </>
                    )}
                    {marker.late && <span className="font-medium text-destructive"> · {tt("late")}</span>}
                    <span className="sr-only"> · {t(`activityStatuses.${marker.status as "done"}`)}</span>
                  </span>
                </div>
                <div className="relative h-full min-h-9 border-b border-border/40">
                  {gridLines}
                  {marker.precision === "day" && !marker.endDate ? (
                    <span
                      data-testid="timeline-marker"
                      data-date={marker.date}
                      data-precision={marker.precision}
                      data-late={marker.late ? "true" : "false"}
                      title={`${marker.title} · ${dateLabel}`}
                      className={cn("absolute top-1/2 size-3 -translate-y-1/2 rotate-45 rounded-[2px] ring-2 ring-background", color)}
                      // Centred on its day: the marker's start is pulled back by half its width.
                      style={{ insetInlineStart: `${marker.startPct + marker.widthPct / 2}%`, marginInlineStart: "-0.375rem" }}
                    />
                  ) : (
                    <span
                      data-testid="timeline-marker"
                      data-date={marker.date}
                      data-precision={marker.precision}
                      data-late={marker.late ? "true" : "false"}
                      title={`${marker.title} · ${dateLabel}`}
                      className={cn("absolute top-1/2 h-3 min-w-1 -translate-y-1/2 rounded-sm", color)}
                      style={place(marker)}
                    />
                  )}
                </div>
              </div>
            );
          })}
        </div>
      </div>
      <p id={hintId} className="hidden text-xs text-muted-foreground @max-[46rem]:block" data-testid="timeline-scroll-hint">
        {tt("scrollHint")}
      </p>
      <figcaption className="flex flex-wrap items-center gap-x-5 gap-y-1 text-xs text-muted-foreground">
        <LegendItem swatch="size-2.5 rotate-45 rounded-[2px] bg-primary">{tt("legendDay")}</LegendItem>
        <LegendItem swatch="h-2.5 w-5 rounded-sm bg-primary">{tt("legendSpan")}</LegendItem>
        <LegendItem swatch="size-2.5 rounded-full bg-success">{t("activityStatuses.done")}</LegendItem>
        <LegendItem swatch="size-2.5 rounded-full bg-destructive">{tt("late")}</LegendItem>
        <LegendItem swatch="size-2.5 rounded-full bg-muted-foreground/40">{t("activityStatuses.cancelled")}</LegendItem>
        {timeline.phases.some((p) => p.approximate) && (
          <LegendItem swatch="h-2.5 w-5 rounded-sm border border-dashed border-foreground/40">{tt("legendApproximate")}</LegendItem>
        )}
        {timeline.undated.length > 0 && <span>{tt("undated", { count: timeline.undated.length })}</span>}
      </figcaption>
    </figure>
  );
}

/** One entry of the timeline's legend: its swatch (the classes of a small shape), then its words. */
function LegendItem({ swatch, children }: { swatch: string; children: React.ReactNode }) {
  return (
    <span className="flex items-center gap-1.5">
      <span aria-hidden className={cn("inline-block", swatch)} />
      {children}
    </span>
  );
}
