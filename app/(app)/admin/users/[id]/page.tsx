import { Link } from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { SectionCard } from "@/components/shell/record-page";
import { HistoryCappedNote } from "@/components/shell/record-history";
import { AccountControls } from "@/components/users/account-controls";
import { MembershipsForm } from "@/components/users/memberships-form";
import { formatInstant } from "@/lib/dates/instant";
import { localizedName } from "@/lib/i18n/localized";
import { pageLocale } from "@/lib/pages/locale";
import { recordForPage, type RecordPageProps } from "@/lib/pages/record";
import { fetchUser } from "@/lib/users/queries";
import { RouteMessages } from "@/components/shell/route-messages";

/** One account (admins only): role, state, password reset, steering committees, history. */
export default async function UserPage({ params }: RecordPageProps) {
  const { user, record: stored } = await recordForPage(params, "manage", "user", fetchUser);
  const [t, tr, th, locale] = [await getTranslations("users"), await getTranslations("roles"), await getTranslations("history.actions"), await pageLocale()];
  const { account } = stored;
  // The account's own committees only: the form's picker asks the server for any other project.
  const memberships = stored.memberships.map((p) => ({
    id: p.id,
    code: p.acronym,
    title: localizedName({ nameAr: p.titleAr, nameFr: p.titleFr, nameEn: p.titleEn }, locale, `#${p.id}`),
    archived: p.archived,
  }));
  return (
    <RouteMessages route="users/record">
      <article className="flex flex-col gap-6">
        <header>
          <p className="text-sm text-muted-foreground">
            <Link href="/admin/users" className="hover:underline">
              {t("title")}
            </Link>
          </p>
          <h1 className="text-2xl font-bold">
            <bdi>{account.name}</bdi>
          </h1>
          <p className="mt-1 flex flex-wrap items-center gap-2 text-muted-foreground">
            <bdi>{account.email}</bdi>
            <Badge variant="secondary">{tr(account.role)}</Badge>
            <Badge variant={account.active ? "success" : "secondary"} data-testid="account-state">
              {account.active ? t("active") : t("inactive")}
            </Badge>
            {account.active && account.mustChangePassword && <Badge variant="warning">{t("mustChangePassword")}</Badge>}
          </p>
        </header>
        <div className="grid gap-6 lg:grid-cols-2">
          <SectionCard title={t("manage.title")} className="gap-4">
            <AccountControls account={account} isSelf={account.id === user.id} />
          </SectionCard>
          <SectionCard title={t("memberships.title")} className="gap-4">
            <MembershipsForm account={account} current={memberships} />
          </SectionCard>
        </div>
        <SectionCard title={t("historyTitle")} className="gap-4">
          <ol className="flex flex-col gap-2 border-s-2 ps-4 text-sm">
            {stored.history.map((entry) => (
              <li key={entry.id}>
                <span className="font-medium">{th.has(entry.action) ? th(entry.action) : entry.action}</span>
                {" · "}
                <bdi>{entry.userName ?? "—"}</bdi>
                {" · "}
                <time dateTime={entry.at}>{formatInstant(entry.at, locale)}</time>
                {entry.changes && "role" in entry.changes && Array.isArray(entry.changes.role) && (
                  <span className="text-muted-foreground">
                    {" — "}
                    {tr(String(entry.changes.role[0]))}{locale === "ar" ? " ← " : " → "}{tr(String(entry.changes.role[1]))}
                  </span>
                )}
              </li>
            ))}
          </ol>
          <HistoryCappedNote shown={stored.history.length} total={stored.historyTotal} className="text-sm" />
        </SectionCard>
      </article>
    </RouteMessages>
  );
}
