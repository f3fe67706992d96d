import { getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import type { fetchMyFollowUps, fetchOpenFollowUpsConcerning, fetchOverdueByOwner } from "@/lib/follow-ups/queries";
import type { Locale } from "@/lib/i18n/config";
import { FollowUpList, followUpOwnerLabel } from "./follow-up-list";

/** The home's "my follow-ups": open, overdue first, with the buttons that close them. */
export async function MyFollowUpsCard({ followUps, locale }: { followUps: ReturnType<typeof fetchMyFollowUps>; locale: Locale }) {
  const t = await getTranslations("followUps");
  return (
    <Card className="gap-4" data-testid="my-follow-ups">
      <CardHeader>
        <CardTitle className="flex items-center gap-2">
          <h2>{t("mine")}</h2>
          <Badge variant={followUps.overdue ? "destructive" : "secondary"} className="ms-auto" aria-label={t("openCount", { count: followUps.total })}>
            {followUps.total}
          </Badge>
        </CardTitle>
        <CardDescription>{t("mineHelp", { overdue: followUps.overdue })}</CardDescription>
      </CardHeader>
      <CardContent>
        {followUps.rows.length === 0 ? (
          <p className="text-sm text-muted-foreground">{t("noneOpen")}</p>
        ) : (
          <FollowUpList rows={followUps.rows} locale={locale} mayClose={followUps.mayClose} showOwner={false} />
        )}
      </CardContent>
    </Card>
  );
}

/** The supervisor's overdue follow-ups, grouped by owner. */
export async function OverdueByOwnerCard({ overdue, locale }: { overdue: ReturnType<typeof fetchOverdueByOwner>; locale: Locale }) {
  const t = await getTranslations("followUps");
  return (
    <Card className="gap-4" data-testid="overdue-by-owner">
      <CardHeader>
        <CardTitle className="flex items-center gap-2">
          <h2>{t("overdueByOwner")}</h2>
          <Badge variant={overdue.total ? "destructive" : "secondary"} className="ms-auto">
            {overdue.total}
          </Badge>
        </CardTitle>
        <CardDescription>{t("overdueByOwnerHelp")}</CardDescription>
      </CardHeader>
      <CardContent className="flex flex-col gap-4">
        {overdue.owners.length === 0 ? (
          <p className="text-sm text-muted-foreground">{t("noneOverdue")}</p>
        ) : (
          overdue.owners.map((group) => (
            <section key={group.key} aria-label={followUpOwnerLabel(group.rows[0]!, locale) ?? t("noOwner")} className="flex flex-col gap-1">
              <h3 className="flex items-center gap-2 text-sm font-semibold">
                <bdi>{followUpOwnerLabel(group.rows[0]!, locale) ?? t("noOwner")}</bdi>
                <Badge variant="outline">{group.rows.length}</Badge>
              </h3>
              <FollowUpList rows={group.rows} locale={locale} mayClose={overdue.mayClose} showOwner={false} />
            </section>
          ))
        )}
      </CardContent>
    </Card>
  );
}

/** A person's or an organisation's page: the open follow-ups that concern them. */
export async function ConcerningFollowUpsCard({ followUps, locale }: { followUps: ReturnType<typeof fetchOpenFollowUpsConcerning>; locale: Locale }) {
  const t = await getTranslations("followUps");
  return (
    <Card className="gap-4" data-testid="concerning-follow-ups">
      <CardHeader>
        <CardTitle className="flex items-center gap-2">
          <h2>{t("concerning")}</h2>
          <Badge variant={followUps.overdue ? "destructive" : "secondary"} className="ms-auto">
            {followUps.total}
          </Badge>
        </CardTitle>
        <CardDescription>{t("concerningHelp")}</CardDescription>
      </CardHeader>
      <CardContent>
        {followUps.rows.length === 0 ? (
          <p className="text-sm text-muted-foreground">{t("noneOpen")}</p>
        ) : (
          <FollowUpList rows={followUps.rows} locale={locale} mayClose={followUps.mayClose} />
        )}
      </CardContent>
    </Card>
  );
}
