import { Link } from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import { Users } from "@/components/ui/icons";
import { buttonVariants } from "@/components/ui/button";
import { TableCell, TableRow } from "@/components/ui/table";
import { HomeCard, HomeHeader } from "@/components/home/home-card";
import { ListTable } from "@/components/shell/record-page";
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
      <HomeHeader title={t("title")} intro={t.rich("welcome", { name, bdi: (chunks) => <bdi>{chunks}</bdi> })}>
        <Link href="/admin/users" className={buttonVariants()}>
          <Users aria-hidden className="size-4" />
          {t("manageUsers")}
        </Link>
      </HomeHeader>
      <div className="grid grid-cols-1 gap-6 lg:grid-cols-2">
        <HomeCard data-testid="accounts-by-role" title={t("accounts")} description={t("accountsHelp")}>
          {/* Counts only: stacked on a phone they would lose their column names (a bare "1 0 0");
              four narrow columns fit there, their headings wrapping. */}
          <ListTable
            inCard
            stack={false}
            columns={[
              t("role"),
              { label: t("active"), className: "text-end whitespace-normal" },
              { label: t("inactive"), className: "text-end whitespace-normal" },
              { label: t("firstSignIn"), className: "text-end whitespace-normal" },
            ]}
          >
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
          </ListTable>
        </HomeCard>
        <HomeCard data-testid="account-changes" title={t("recentChanges")} empty={changes.length === 0 && t("noChanges")}>
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
        </HomeCard>
      </div>
    </div>
  );
}
