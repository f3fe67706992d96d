import { getTranslations } from "next-intl/server";
import { UserCreateForm } from "@/components/users/user-create-form";
import { UsersTable } from "@/components/users/users-table";
import { requirePermission } from "@/lib/auth/session";
import { fetchUsers } from "@/lib/users/queries";

export async function generateMetadata() {
  return { title: (await getTranslations("users"))("title") };
}

/** Account administration (admins only): every account, and a new one. */
export default async function UsersPage() {
  const user = await requirePermission("manage", "user");
  const t = await getTranslations("users");
  return (
    <div className="flex flex-col gap-6">
      <div>
        <h1 className="text-2xl font-bold">{t("title")}</h1>
        <p className="text-muted-foreground">{t("intro")}</p>
      </div>
      <UserCreateForm />
      <UsersTable rows={fetchUsers(user)} />
    </div>
  );
}
