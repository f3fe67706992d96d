"use client";

/**
 * The date input's picker (components/forms/date-input.tsx loads it on first use): a popover to
 * choose a year, a month of it or a day of that month, month names in the interface language
 * (CLDR through Intl), years and days in Latin digits.
 */
import { useMemo, useState } from "react";
import { useLocale, useTranslations } from "next-intl";
import { CalendarDays, ChevronLeft, ChevronRight } from "@/components/ui/icons";
import { Button } from "@/components/ui/button";
import { Popover, PopoverContent, PopoverTrigger } from "@/components/ui/popover";
import { dateLocales, parsePartialDate, todayIn } from "@/lib/dates/partial-date";
import { isLocale } from "@/lib/i18n/config";
import { dateTimeFormat } from "@/lib/i18n/intl-cache";
import { cn } from "@/lib/utils";

/** A popover to choose a year, a month of it or a day of that month, month names in the interface language. */
export default function DatePickerPopover({ label, value, onPick, defaultOpen = false }: { label: string; value: string; onPick: (value: string) => void; defaultOpen?: boolean }) {
  const t = useTranslations("dates");
  const current = useLocale();
  const locale = isLocale(current) ? current : "ar";
  const [open, setOpen] = useState(defaultOpen);
  const initial = parsePartialDate(value) ?? parsePartialDate(todayIn())!;
  const [year, setYear] = useState(initial.year);
  const [month, setMonth] = useState<number | null>(initial.month ?? null);
  const monthNames = useMemo(() => {
    const format = dateTimeFormat(dateLocales[locale], { month: "long", timeZone: "UTC", numberingSystem: "latn" });
    return Array.from({ length: 12 }, (_, i) => format.format(new Date(Date.UTC(2000, i, 15))));
  }, [locale]);
  const days = month ? new Date(Date.UTC(year, month, 0)).getUTCDate() : 0;
  const pad = (n: number) => String(n).padStart(2, "0");
  const pick = (picked: string) => {
    onPick(picked);
    setOpen(false);
  };
  return (
    <Popover
      open={open}
      onOpenChange={(next) => {
        if (next) {
          const p = parsePartialDate(value) ?? parsePartialDate(todayIn())!;
          setYear(p.year);
          setMonth(p.month ?? null);
        }
        setOpen(next);
      }}
    >
      <PopoverTrigger asChild>
        <Button type="button" variant="outline" size="icon" aria-label={label} title={label}>
          <CalendarDays aria-hidden />
        </Button>
      </PopoverTrigger>
      <PopoverContent align="end" className="w-72 p-3" data-testid="date-picker">
        <div className="mb-2 flex items-center justify-between gap-2">
          <Button type="button" variant="ghost" size="icon-sm" aria-label={t("previousYear")} onClick={() => setYear((y) => y - 1)}>
            <ChevronRight aria-hidden className="ltr:rotate-180" />
          </Button>
          <button type="button" className="rounded px-2 py-1 text-sm font-semibold tabular-nums hover:bg-accent" onClick={() => pick(String(year))}>
            {t("wholeYear", { year: String(year) })}
          </button>
          <Button type="button" variant="ghost" size="icon-sm" aria-label={t("nextYear")} onClick={() => setYear((y) => y + 1)}>
            <ChevronLeft aria-hidden className="ltr:rotate-180" />
          </Button>
        </div>
        <div className="grid grid-cols-3 gap-1" role="group" aria-label={t("months")}>
          {monthNames.map((name, i) => (
            <button
              key={name}
              type="button"
              aria-pressed={month === i + 1}
              className={cn("rounded px-1 py-1 text-xs hover:bg-accent", month === i + 1 && "bg-primary text-primary-foreground hover:bg-primary")}
              onClick={() => setMonth(i + 1)}
            >
              {name}
            </button>
          ))}
        </div>
        {month && (
          <>
            <button
              type="button"
              className="mt-2 w-full rounded border px-2 py-1 text-xs hover:bg-accent"
              onClick={() => pick(`${year}-${pad(month)}`)}
            >
              {t("wholeMonth", { month: `${monthNames[month - 1]} ${year}` })}
            </button>
            <div className="mt-2 grid grid-cols-7 gap-0.5" role="group" aria-label={t("days")}>
              {Array.from({ length: days }, (_, i) => (
                <button
                  key={i}
                  type="button"
                  className="rounded py-1 text-xs tabular-nums hover:bg-accent"
                  onClick={() => pick(`${year}-${pad(month)}-${pad(i + 1)}`)}
                >
                  {i + 1}
                </button>
              ))}
            </div>
          </>
        )}
      </PopoverContent>
    </Popover>
  );
}

