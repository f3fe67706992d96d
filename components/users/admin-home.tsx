import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Users } from "lucide-react";
import { buttonVariants } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { userRoles } from "@/db/enums";
import { formatInstant } from "@/lib/dates/instant";
import type { Locale } from "@/lib/i18n/config";
import type { countUsersByRole, fetchRecentAccountChanges } from "@/lib/users/queries";

/** The administrator's home: accounts by role and state, and the latest account changes. */
export async function AdminHome({
  name,
  locale,
  byRole,
  changes,
}: {
  name: string;
  locale: Locale;
  byRole: ReturnType<typeof countUsersByRole>;
  changes: ReturnType<typeof fetchRecentAccountChanges>;
}) {
  const t = await getTranslations("adminHome");
  const tr = await getTranslations("roles");
  const th = await getTranslations("history.actions");
  return (
    <div className="flex flex-col gap-6">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <div>
          <h1 className="text-2xl font-bold">{t("title")}</h1>
          <p className="text-muted-foreground">{t.rich("welcome", { name, bdi: (chunks) => <bdi>{chunks}</bdi> })}</p>
        </div>
        <Link href="/admin/users" className={buttonVariants()}>
          <Users aria-hidden className="size-4" />
          {t("manageUsers")}
        </Link>
      </div>
      <div className="grid gap-6 lg:grid-cols-2">
        <Card className="gap-4" data-testid="accounts-by-role">
          <CardHeader>
            <CardTitle>
              <h2>{t("accounts")}</h2>
            </CardTitle>
            <CardDescription>{t("accountsHelp")}</CardDescription>
          </CardHeader>
          <CardContent>
            <Table>
              <TableHeader>
                <TableRow>
                  <TableHead>{t("role")}</TableHead>
                  <TableHead className="text-end">{t("active")}</TableHead>
                  <TableHead className="text-end">{t("inactive")}</TableHead>
                  <TableHead className="text-end">{t("firstSignIn")}</TableHead>
                </TableRow>
              </TableHeader>
              <TableBody>
                {userRoles.map((role) => {
                  const row = byRole.find((r) => r.role === role);
                  return (
                    <TableRow key={role}>
                      <TableCell>{tr(role)}</TableCell>
                      <TableCell className="text-end tabular-nums">{row?.active ?? 0}</TableCell>
                      <TableCell className="text-end tabular-nums">{(row?.total ?? 0) - (row?.active ?? 0)}</TableCell>
                      <TableCell className="text-end tabular-nums">{row?.mustChangePassword ?? 0}</TableCell>
                    </TableRow>
                  );
                })}
              </TableBody>
            </Table>
          </CardContent>
        </Card>
        <Card className="gap-4" data-testid="account-changes">
          <CardHeader>
            <CardTitle>
              <h2>{t("recentChanges")}</h2>
            </CardTitle>
          </CardHeader>
          <CardContent>
            {changes.length === 0 ? (
              <p className="text-sm text-muted-foreground">{t("noChanges")}</p>
            ) : (
              <ul className="flex flex-col divide-y text-sm">
                {changes.map((change) => (
                  <li key={change.id} className="py-2">
                    <span className="font-medium">{th.has(change.action) ? th(change.action) : change.action}</span>
                    {" · "}
                    <Link href={`/admin/users/${change.accountId}`} className="text-primary hover:underline">
                      <bdi>{change.accountName ?? `#${change.accountId}`}</bdi>
                    </Link>
                    <p className="text-xs text-muted-foreground">
                      <bdi>{change.userName ?? "—"}</bdi> · {formatInstant(change.at, locale)}
                    </p>
                  </li>
                ))}
              </ul>
            )}
          </CardContent>
        </Card>
      </div>
    </div>
  );
}
