import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { AccountControls } from "@/components/users/account-controls";
import { MembershipsForm } from "@/components/users/memberships-form";
import { requirePermission } from "@/lib/auth/session";
import { formatInstant } from "@/lib/dates/instant";
import { isLocale } from "@/lib/i18n/config";
import { localizedName } from "@/lib/i18n/localized";
import { fetchMembershipChoices, fetchUser } from "@/lib/users/queries";

/** One account (admins only): role, state, password reset, steering committees, history. */
export default async function UserPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requirePermission("manage", "user");
  const id = Number((await params).id);
  if (!Number.isSafeInteger(id) || id < 1) notFound();
  const stored = fetchUser(user, id);
  if (!stored) notFound();
  const [t, tr, th, current] = [await getTranslations("users"), await getTranslations("roles"), await getTranslations("history.actions"), await getLocale()];
  const locale = isLocale(current) ? current : "ar";
  const { account } = stored;
  const projects = fetchMembershipChoices(user).map((p) => {
    const title = localizedName({ nameAr: p.titleAr, nameFr: p.titleFr, nameEn: p.titleEn }, locale);
    return { id: p.id, label: p.acronym ?? title ?? `#${p.id}`, title };
  });
  return (
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
        <Card className="gap-4">
          <CardHeader>
            <CardTitle>
              <h2>{t("manage.title")}</h2>
            </CardTitle>
          </CardHeader>
          <CardContent>
            <AccountControls account={account} isSelf={account.id === user.id} />
          </CardContent>
        </Card>
        <Card className="gap-4">
          <CardHeader>
            <CardTitle>
              <h2>{t("memberships.title")}</h2>
            </CardTitle>
          </CardHeader>
          <CardContent>
            <MembershipsForm account={account} projects={projects} selected={stored.memberships} />
          </CardContent>
        </Card>
      </div>
      <Card className="gap-4">
        <CardHeader>
          <CardTitle>
            <h2>{t("historyTitle")}</h2>
          </CardTitle>
        </CardHeader>
        <CardContent>
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
        </CardContent>
      </Card>
    </article>
  );
}
