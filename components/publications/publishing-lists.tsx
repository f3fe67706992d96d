"use client";

/**
 * What goes into the page, kind by kind (meetings, projects, agreements, event editions of the
 * period): how many are published, and, for supervisors, one button to validate and mark the
 * whole list publishable (or withdraw it), and the same per record. Every click is one versioned,
 * audited write (lib/record-validation setPublishable); a stale list is refused, never half-marked.
 */
import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { TableCell, TableRow } from "@/components/ui/table";
import { ListTable } from "@/components/shell/record-page";
import { formatPartialDateRange } from "@/lib/dates/partial-date";
import type { Locale } from "@/lib/i18n/config";
import { setPublishable } from "@/lib/record-validation/actions";
import type { PublicationsPage } from "@/lib/publications/view";
import { LabelledSection } from "@/components/sections/labelled-section";

type List = PublicationsPage["lists"][number];

export function PublishingLists({ lists, locale }: { lists: List[]; locale: Locale }) {
  const t = useTranslations("publications.candidates");
  return (
    <LabelledSection id="publishing-lists" title={t("heading")} headingClassName="text-xl font-bold">
      <p className="text-sm text-muted-foreground">{t("intro")}</p>
      <div className="grid gap-3 lg:grid-cols-2">
        {lists.map((list) => (
          <PublishingList key={list.kind} list={list} locale={locale} />
        ))}
      </div>
    </LabelledSection>
  );
}

function PublishingList({ list, locale }: { list: List; locale: Locale }) {
  const t = useTranslations("publications.candidates");
  const te = useTranslations("errors");
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [status, setStatus] = useState<{ ok: boolean; text: string } | null>(null);
  // A batch at most (the server's limit); after it, the page offers the next.
  const { toMark, marked, counts } = list;

  function decide(rows: { id: number; version: number }[], publishable: boolean) {
    setStatus(null);
    startTransition(async () => {
      const result = await setPublishable({ entityType: list.kind, items: rows.map(({ id, version }) => ({ id, version })), publishable, validate: publishable });
      setStatus(result.ok ? { ok: true, text: t("saved") } : { ok: false, text: te(result.message) });
      router.refresh();
    });
  }

  return (
    <div className="flex flex-col gap-2 rounded-lg border bg-card p-4" data-testid={`publishing-${list.kind}`}>
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h3 className="font-semibold">{t(`kinds.${list.kind}`)}</h3>
        <p className="text-sm text-muted-foreground">{t("published", { count: counts.published, total: counts.total })}</p>
      </div>
      {list.mayMark ? (
        <div className="flex flex-wrap gap-2">
          <Button type="button" size="sm" disabled={pending || toMark.length === 0} onClick={() => decide(toMark, true)}>
            {pending ? t("saving") : t("markAll", { count: toMark.length })}
          </Button>
          <Button type="button" size="sm" variant="outline" disabled={pending || marked.length === 0} onClick={() => decide(marked, false)}>
            {t("unmarkAll")}
          </Button>
        </div>
      ) : (
        <p className="text-sm text-muted-foreground">{t("onlySupervisors")}</p>
      )}
      <p aria-live="polite" className={status?.ok === false ? "text-sm text-destructive" : "text-sm text-success"}>
        {status?.text}
      </p>
      {list.rows.length > 0 && (
        <details>
          <summary className="cursor-pointer text-sm text-primary">
            {t(`kinds.${list.kind}`)} ({counts.total})
          </summary>
          {counts.total > list.rows.length && <p className="mt-2 text-sm text-muted-foreground">{t("firstOf", { shown: list.rows.length, total: counts.total })}</p>}
          <ListTable inCard frameClassName="mt-2 max-h-96 overflow-auto" columns={[t("columns.record"), t("columns.date"), t("columns.validation"), t("columns.publishable")]}>
            {list.rows.map((row) => (
              <TableRow key={row.id}>
                <TableCell className="max-w-64 whitespace-normal">
                  <bdi>{row.label}</bdi>
                </TableCell>
                <TableCell className="whitespace-nowrap">{formatPartialDateRange(row.date, row.endDate, locale)}</TableCell>
                <TableCell>
                  <Badge variant={row.validated ? "success" : "warning"}>{row.validated ? t("validated") : t("notValidated")}</Badge>
                </TableCell>
                <TableCell>
                  {list.mayMark ? (
                    <Button type="button" size="sm" variant={row.publishable && row.validated ? "outline" : "secondary"} disabled={pending} onClick={() => decide([row], !(row.publishable && row.validated))}>
                      {row.publishable && row.validated ? t("unmark") : t("markOne")}
                    </Button>
                  ) : (
                    <Badge variant="outline">{row.publishable ? t("publishable") : t("notPublishable")}</Badge>
                  )}
                </TableCell>
              </TableRow>
            ))}
          </ListTable>
        </details>
      )}
    </div>
  );
}
