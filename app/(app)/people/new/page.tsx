import { getLocale, getTranslations } from "next-intl/server";
import { PersonForm } from "@/components/people/person-form";
import { requirePermission } from "@/lib/auth/session";
import { isLocale } from "@/lib/i18n/config";
import { personFormChoices } from "@/lib/people/form-values";
import { fetchPersonFormOptions } from "@/lib/people/queries";
import { emptyPersonForm } from "@/lib/people/schema";

export async function generateMetadata() {
  return { title: (await getTranslations("people"))("new") };
}

export default async function NewPersonPage() {
  const user = await requirePermission("create", "person");
  const [t, locale] = [await getTranslations("people"), await getLocale()];
  const choices = personFormChoices(fetchPersonFormOptions(user), isLocale(locale) ? locale : "ar");
  return (
    <div className="flex flex-col gap-4">
      <h1 className="text-2xl font-bold">{t("new")}</h1>
      <PersonForm mode="create" initialValues={emptyPersonForm()} countries={choices.countries} />
    </div>
  );
}
