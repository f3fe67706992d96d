import { Link } from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import { ChevronLeft, ChevronRight } from "lucide-react";
import { buttonVariants } from "@/components/ui/button";
import { cn } from "@/lib/utils";

/**
 * Previous / next links that keep the current filters in the URL.
 * @param params the page's current search parameters (without `page`)
 */
export async function Pagination({
  basePath,
  params,
  page,
  pageCount,
  total,
}: {
  basePath: string;
  params: Record<string, string | undefined>;
  page: number;
  pageCount: number;
  total: number;
}) {
  const t = await getTranslations("pagination");
  const href = (target: number) => {
    const search = new URLSearchParams();
    for (const [key, value] of Object.entries(params)) if (value) search.set(key, value);
    if (target > 1) search.set("page", String(target));
    const query = search.toString();
    return query ? `${basePath}?${query}` : basePath;
  };
  return (
    <nav aria-label={t("label")} className="flex items-center justify-between gap-4 text-sm">
      <p className="text-muted-foreground">{t("summary", { page, pageCount, total })}</p>
      <div className="flex gap-2">
        {page > 1 ? (
          <Link className={cn(buttonVariants({ variant: "outline", size: "sm" }))} href={href(page - 1)} rel="prev">
            <ChevronRight aria-hidden className="size-4 ltr:rotate-180" />
            {t("previous")}
          </Link>
        ) : null}
        {page < pageCount ? (
          <Link className={cn(buttonVariants({ variant: "outline", size: "sm" }))} href={href(page + 1)} rel="next">
            {t("next")}
            <ChevronLeft aria-hidden className="size-4 ltr:rotate-180" />
          </Link>
        ) : null}
      </div>
    </nav>
  );
}
