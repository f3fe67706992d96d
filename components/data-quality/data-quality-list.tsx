/**
 * The data-quality work list: one card per point, with its kind, the record it is about (a link),
 * the loader's note in the user's language, the source's own words, and its resolution.
 */
import { Link } from "@/components/ui/link";
import { getLocale, getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { ResolvePoint } from "@/components/data-quality/resolve-point";
import { formatInstant } from "@/lib/dates/instant";
import type { DataQualityView } from "@/lib/data-quality/queries";

export async function DataQualityList({ view }: { view: DataQualityView }) {
  const [t, locale] = [await getTranslations("dataQuality"), (await getLocale()) as "ar" | "fr" | "en"];
  if (view.points.length === 0) return <p className="text-muted-foreground">{t("noneMatch")}</p>;
  return (
    <ol className="flex flex-col gap-3" aria-label={t("title")}>
      {view.points.map((point) => (
        <li key={point.id} data-testid="data-quality-point">
          <Card>
            <CardHeader>
              <CardTitle className="flex flex-wrap items-center gap-2 text-base">
                <Badge variant={point.kind === "repeated" || point.kind === "inconsistent" ? "warning" : "secondary"}>{t(`kinds.${point.kind}`)}</Badge>
                {point.entityType && t.has(`entityTypes.${point.entityType}`) && (
                  <span className="text-sm font-normal text-muted-foreground">{t(`entityTypes.${point.entityType}`)}</span>
                )}
                {point.href && (
                  <Link href={point.href} className="text-sm font-normal text-primary underline-offset-4 hover:underline">
                    {t("openRecord")}
                  </Link>
                )}
              </CardTitle>
            </CardHeader>
            <CardContent className="flex flex-col gap-2">
              <p>{point.note[locale]}</p>
              <blockquote lang="ar" dir="rtl" className="border-s-4 border-muted ps-3 text-sm text-muted-foreground">
                {point.sourceExcerpt}
              </blockquote>
              {point.resolution && (
                <div className="rounded-md bg-muted/60 p-3 text-sm">
                  <p className="font-medium">
                    {point.resolution.byName
                      ? t.rich("resolvedBy", { name: point.resolution.byName, date: formatInstant(point.resolution.at, locale, "date"), bdi: (c) => <bdi>{c}</bdi> })
                      : t("resolvedOn", { date: formatInstant(point.resolution.at, locale, "date") })}
                  </p>
                  {point.resolution.note && (
                    <p dir="auto" className="whitespace-pre-line">
                      {point.resolution.note}
                    </p>
                  )}
                </div>
              )}
              {view.canResolve && <ResolvePoint id={point.id} version={point.version} resolved={!!point.resolution} />}
            </CardContent>
          </Card>
        </li>
      ))}
    </ol>
  );
}
