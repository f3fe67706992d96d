import { getTranslations } from "next-intl/server";
import { UserCreateForm } from "@/components/users/user-create-form";
import { UsersTable } from "@/components/users/users-table";
import { requirePermission } from "@/lib/auth/session";
import { fetchUsers } from "@/lib/users/queries";
import { PageHeading } from "@/components/page-kit/page-heading";
import { titleMetadata } from "@/lib/pages/locale";
import { RouteMessages } from "@/components/shell/route-messages";

export const generateMetadata = titleMetadata("users", "title");

/** Account administration (admins only): every account, and a new one. */
export default async function UsersPage() {
  const user = await requirePermission("manage", "user");
  const t = await getTranslations("users");
  return (
    <RouteMessages route="users/list">
      <div className="flex flex-col gap-6">
        <PageHeading title={t("title")} intro={t("intro")} />
        <UserCreateForm />
        <UsersTable rows={fetchUsers(user)} />
      </div>
    </RouteMessages>
  );
}
