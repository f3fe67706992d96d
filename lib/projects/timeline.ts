/**
 * The geometry of a project's timeline: one horizontal axis from the project's earliest to its
 * latest date, phases as bands, milestones as markers. Positions are percentages of the axis,
 * measured from its start; the page draws them with `inset-inline-start`, so in Arabic the axis
 * runs right to left (time flows in the reading direction) with no extra code.
 *
 * A dated item covers every day of its partial date: a day-precision milestone is one day, a
 * month-precision one spans its month, a year-precision one its year, a range from the first day
 * of its start to the last day of its end. Day numbers are computed with Date.UTC on the ISO
 * calendar date, so no time zone is involved.
 */
import type { projectPhases } from "@/db/enums";
import { comparePartialDates, firstDay, lastDay, parsePartialDate, precisionOf, type DatePrecision } from "@/lib/dates/partial-date";

type ProjectPhase = (typeof projectPhases)[number];

/** Days since 1970-01-01 of a `YYYY-MM-DD` day. */
function dayNumber(day: string): number {
  const [y, m, d] = day.split("-").map(Number) as [number, number, number];
  return Date.UTC(y, m - 1, d) / 86_400_000;
}

function pad(n: number): string {
  return String(n).padStart(2, "0");
}

/** `YYYY-MM` of the month `offset` months after `YYYY-MM`. */
function addMonths(month: string, offset: number): string {
  const [y, m] = month.split("-").map(Number) as [number, number];
  const index = y * 12 + (m - 1) + offset;
  return `${Math.floor(index / 12)}-${pad((index % 12) + 1)}`;
}

export type TimelineInput = {
  plannedStart: string | null;
  plannedEnd: string | null;
  actualStart: string | null;
  actualEnd: string | null;
  phases: readonly {
    id: number;
    phase: ProjectPhase;
    plannedMonths: number | null;
    plannedStart: string | null;
    plannedEnd: string | null;
  }[];
  milestones: readonly {
    id: number;
    title: string;
    plannedOn: string | null;
    plannedEndOn: string | null;
    actualOn: string | null;
    status: string;
    late: boolean;
  }[];
  /** `YYYY-MM-DD`: drawn as a line when inside the axis. */
  today: string;
};

export type TimelineSpan = { startPct: number; widthPct: number };

export type TimelineMonth = TimelineSpan & { month: string; labelled: boolean };

/** Above this many months the axis draws only its labelled months (a long axis is not a grid). */
export const MAX_MONTH_CELLS = 120;

export type TimelinePhase = TimelineSpan & {
  id: number;
  phase: ProjectPhase;
  start: string;
  end: string;
  plannedMonths: number | null;
  /** Placed from the project's start and the phases' lengths, not from dates of its own. */
  derived: boolean;
  /** Derived from a start known only to the year (or month): the band is indicative. */
  approximate: boolean;
};

export type TimelineMarker = TimelineSpan & {
  id: number;
  title: string;
  /** The date the marker is drawn at (planned, else actual) and its precision. */
  date: string;
  endDate: string | null;
  precision: DatePrecision;
  status: string;
  late: boolean;
};

export type Timeline = {
  /** First and last day of the axis, `YYYY-MM-DD`. */
  start: string;
  end: string;
  months: TimelineMonth[];
  /** Every year of the axis; `labelled` ones carry their number (all of them on short axes). */
  years: (TimelineSpan & { year: number; labelled: boolean })[];
  planned: TimelineSpan | null;
  actual: TimelineSpan | null;
  phases: TimelinePhase[];
  /** Dated milestones in date order (then their given order). */
  markers: TimelineMarker[];
  /** Milestones with no date at all: listed beside the axis, not on it. */
  undated: { id: number; title: string }[];
  todayPct: number | null;
};

const validDate = (value: string | null | undefined): value is string => !!value && parsePartialDate(value) !== null;

/**
 * Phases with their dates: a phase's own planned dates when it has them, else placed one after
 * the other from the project's start (planned, else actual) with their planned lengths.
 */
function placePhases(input: TimelineInput): Omit<TimelinePhase, "startPct" | "widthPct">[] {
  const projectStart = [input.plannedStart, input.actualStart].find(validDate) ?? null;
  let cursor: string | null = projectStart ? firstDay(projectStart).slice(0, 7) : null;
  const placed: Omit<TimelinePhase, "startPct" | "widthPct">[] = [];
  for (const phase of input.phases) {
    if (validDate(phase.plannedStart) || validDate(phase.plannedEnd)) {
      const start = validDate(phase.plannedStart) ? firstDay(phase.plannedStart) : null;
      const end = validDate(phase.plannedEnd) ? lastDay(phase.plannedEnd) : null;
      const from = start ?? (end && phase.plannedMonths ? `${addMonths(end.slice(0, 7), 1 - phase.plannedMonths)}-01` : end);
      const to = end ?? (start && phase.plannedMonths ? lastDay(addMonths(start.slice(0, 7), phase.plannedMonths - 1)) : start);
      if (from && to) {
        placed.push({ id: phase.id, phase: phase.phase, start: from, end: to, plannedMonths: phase.plannedMonths, derived: false, approximate: false });
        cursor = addMonths(to.slice(0, 7), 1);
      }
      continue;
    }
    if (cursor && phase.plannedMonths && phase.plannedMonths > 0) {
      const endMonth = addMonths(cursor, phase.plannedMonths - 1);
      placed.push({
        id: phase.id,
        phase: phase.phase,
        start: `${cursor}-01`,
        end: lastDay(endMonth),
        plannedMonths: phase.plannedMonths,
        derived: true,
        approximate: projectStart !== null && precisionOf(projectStart) !== "day",
      });
      cursor = addMonths(endMonth, 1);
    }
  }
  return placed;
}

/**
 * Lays out a project's timeline.
 * @returns null when nothing is dated (no axis to draw)
 */
export function buildTimeline(input: TimelineInput): Timeline | null {
  const phases = placePhases(input);
  const dated = input.milestones
    .map((m, index) => ({ m, index, date: [m.plannedOn, m.actualOn].find(validDate) ?? null }))
    .filter((entry): entry is typeof entry & { date: string } => entry.date !== null);
  dated.sort((a, b) => comparePartialDates(a.date, b.date) || a.index - b.index);

  const firstDays: string[] = [];
  const lastDays: string[] = [];
  for (const value of [input.plannedStart, input.plannedEnd, input.actualStart, input.actualEnd]) {
    if (validDate(value)) {
      firstDays.push(firstDay(value));
      lastDays.push(lastDay(value));
    }
  }
  for (const phase of phases) {
    firstDays.push(phase.start);
    lastDays.push(phase.end);
  }
  for (const { m, date } of dated) {
    firstDays.push(firstDay(date));
    const endDate = date === m.plannedOn && validDate(m.plannedEndOn) ? m.plannedEndOn : date;
    lastDays.push(lastDay(endDate));
  }
  if (firstDays.length === 0) return null;

  // The axis runs over whole months, from the first month of the earliest date to the last of the latest.
  const start = `${firstDays.sort()[0]!.slice(0, 7)}-01`;
  const end = lastDay(lastDays.sort().at(-1)!.slice(0, 7));
  const origin = dayNumber(start);
  const length = dayNumber(end) - origin + 1;
  const span = (from: string, to: string): TimelineSpan => {
    const a = Math.max(dayNumber(from), origin);
    const b = Math.min(dayNumber(to), origin + length - 1);
    return { startPct: ((a - origin) / length) * 100, widthPct: ((b - a + 1) / length) * 100 };
  };

  const months: TimelineMonth[] = [];
  for (let month = start.slice(0, 7); month <= end.slice(0, 7); month = addMonths(month, 1)) {
    months.push({ month, labelled: false, ...span(`${month}-01`, lastDay(month)) });
  }
  // Label every month, or every 2nd, 3rd, 6th month, or every 1, 2, 5, 10... years, so that at
  // most about eight labels share the axis.
  const step = [1, 2, 3, 6, 12, 24, 60, 120, 240, 600].find((s) => months.length / s <= 8) ?? 1200;
  const firstYear = Number(start.slice(0, 4));
  months.forEach((m, i) => {
    const monthNumber = Number(m.month.slice(5, 7));
    const year = Number(m.month.slice(0, 4));
    m.labelled =
      step < 12 ? (monthNumber - 1) % step === 0 : (monthNumber === 1 || i === 0) && (year - firstYear) % (step / 12) === 0;
  });

  const yearStep = Math.max(1, step / 12);
  const years: Timeline["years"] = [];
  for (let year = firstYear; year <= Number(end.slice(0, 4)); year += 1) {
    years.push({
      year,
      labelled: (year - firstYear) % yearStep === 0,
      ...span(year === firstYear ? start : `${year}-01-01`, year === Number(end.slice(0, 4)) ? end : `${year}-12-31`),
    });
  }

  const range = (from: string | null, to: string | null): TimelineSpan | null => {
    if (!validDate(from) && !validDate(to)) return null;
    return span(firstDay(validDate(from) ? from : to!), lastDay(validDate(to) ? to : from!));
  };

  return {
    start,
    end,
    months,
    years,
    planned: range(input.plannedStart, input.plannedEnd),
    actual: range(input.actualStart, input.actualEnd),
    phases: phases.map((p) => ({ ...p, ...span(p.start, p.end) })),
    markers: dated.map(({ m, date }) => {
      const endDate = date === m.plannedOn && validDate(m.plannedEndOn) ? m.plannedEndOn : null;
      return {
        id: m.id,
        title: m.title,
        date,
        endDate,
        precision: precisionOf(date),
        status: m.status,
        late: m.late,
        ...span(firstDay(date), lastDay(endDate ?? date)),
      };
    }),
    undated: input.milestones.filter((m) => !dated.some((d) => d.m.id === m.id)).map((m) => ({ id: m.id, title: m.title })),
    todayPct: input.today >= start && input.today <= end ? span(input.today, input.today).startPct : null,
  };
}
