import { Link } from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { RecordText } from "@/components/ui/record-text";
import { TableCell, TableRow } from "@/components/ui/table";
import { ListTable } from "@/components/shell/record-page";
import type { UserListRow } from "@/lib/users/queries";
import { pageLocale } from "@/lib/pages/locale";
import { joinNames } from "@/lib/i18n/list-format";

/** Every account: name (link to manage it), email, role, state, steering committees. */
export async function UsersTable({ rows }: { rows: UserListRow[] }) {
  const t = await getTranslations("users");
  const tr = await getTranslations("roles");
  const locale = await pageLocale();
  return (
    <ListTable columns={[t("columns.name"), t("columns.email"), t("columns.role"), t("columns.state"), t("columns.committees")]}>
      {rows.map((row) => (
        <TableRow key={row.id} data-testid={`user-row-${row.id}`} className={row.active ? undefined : "text-muted-foreground"}>
          <TableCell>
            <Link href={`/admin/users/${row.id}`} className="font-medium text-primary hover:underline">
              <bdi>{row.name}</bdi>
            </Link>
          </TableCell>
          <TableCell>
            <bdi dir="ltr">{row.email}</bdi>
          </TableCell>
          <TableCell>{tr(row.role)}</TableCell>
          <TableCell className="flex flex-wrap gap-1">
            <Badge variant={row.active ? "success" : "secondary"}>{row.active ? t("active") : t("inactive")}</Badge>
            {row.active && row.mustChangePassword && <Badge variant="warning">{t("mustChangePassword")}</Badge>}
          </TableCell>
          <TableCell className="whitespace-normal">
            {row.committees.length > 0 ? <RecordText text={joinNames(row.committees, locale)} /> : "—"}
          </TableCell>
        </TableRow>
      ))}
    </ListTable>
  );
}
