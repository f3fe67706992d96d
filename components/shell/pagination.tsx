import { Link } from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import { ChevronLeft, ChevronRight, ChevronsLeft, ChevronsRight } from "@/components/ui/icons";
import { Button, buttonVariants } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { cn } from "@/lib/utils";

/**
 * Links to the first, previous, next and last pages that keep the current filters in the URL, and,
 * past two pages, a field to go to a page by its number (a plain GET form: it works before the
 * page's scripts load). At 100,000 meetings the list has 5,000 pages, which one step at a time
 * could not reach.
 * @param params the page's current search parameters (without `page`)
 * @param capped the count stopped at `total` (a search past its cap): the summary says "more than
 *   `total`", as the page's note does, not `total` records
 */
export async function Pagination({
  basePath,
  params,
  page,
  pageCount,
  total,
  capped = false,
}: {
  basePath: string;
  params: Record<string, string | undefined>;
  page: number;
  pageCount: number;
  total: number;
  capped?: boolean;
}) {
  const t = await getTranslations("pagination");
  const href = (target: number) => {
    const search = new URLSearchParams();
    for (const [key, value] of Object.entries(params)) if (value) search.set(key, value);
    if (target > 1) search.set("page", String(target));
    const query = search.toString();
    return query ? `${basePath}?${query}` : basePath;
  };
  const step = cn(buttonVariants({ variant: "outline", size: "sm" }));
  return (
    <nav aria-label={t("label")} className="flex flex-wrap items-center justify-between gap-x-4 gap-y-2 text-sm">
      <p className="text-muted-foreground">{t(capped ? "summaryCapped" : "summary", { page, pageCount, total })}</p>
      <div className="flex flex-wrap items-center gap-2">
        {page > 2 ? (
          <Link className={step} href={href(1)} aria-label={t("first")} title={t("first")}>
            <ChevronsRight aria-hidden className="size-4 ltr:rotate-180" />
          </Link>
        ) : null}
        {page > 1 ? (
          <Link className={step} href={href(page - 1)} rel="prev">
            <ChevronRight aria-hidden className="size-4 ltr:rotate-180" />
            {t("previous")}
          </Link>
        ) : null}
        {page < pageCount ? (
          <Link className={step} href={href(page + 1)} rel="next">
            {t("next")}
            <ChevronLeft aria-hidden className="size-4 ltr:rotate-180" />
          </Link>
        ) : null}
        {page < pageCount - 1 ? (
          <Link className={step} href={href(pageCount)} aria-label={t("last")} title={t("last")}>
            <ChevronsLeft aria-hidden className="size-4 ltr:rotate-180" />
          </Link>
        ) : null}
        {pageCount > 2 ? (
          <form action={basePath} method="get" className="flex items-center gap-1" data-testid="pagination-go-to">
            {Object.entries(params).map(([key, value]) => (value ? <input key={key} type="hidden" name={key} value={value} /> : null))}
            <label htmlFor={`${basePath}-page`} className="sr-only">
              {t("goTo")}
            </label>
            <Input id={`${basePath}-page`} name="page" type="number" inputMode="numeric" min={1} max={pageCount} defaultValue={page} className="h-8 w-24" />
            <Button type="submit" variant="outline" size="sm">
              {t("go")}
            </Button>
          </form>
        ) : null}
      </div>
    </nav>
  );
}
