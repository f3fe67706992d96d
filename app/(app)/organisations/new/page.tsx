import { getLocale, getTranslations } from "next-intl/server";
import { OrganisationForm } from "@/components/organisations/organisation-form";
import { requirePermission } from "@/lib/auth/session";
import { isLocale } from "@/lib/i18n/config";
import { fetchCountryChoices } from "@/lib/countries/queries";
import { emptyOrganisationForm } from "@/lib/organisations/schema";

export async function generateMetadata() {
  return { title: (await getTranslations("organisations"))("new") };
}

export default async function NewOrganisationPage() {
  await requirePermission("create", "organisation");
  const [t, locale] = [await getTranslations("organisations"), await getLocale()];
  const countries = fetchCountryChoices(isLocale(locale) ? locale : "ar");
  return (
    <div className="flex flex-col gap-4">
      <h1 className="text-2xl font-bold">{t("new")}</h1>
      <OrganisationForm mode="create" initialValues={emptyOrganisationForm()} countries={countries} />
    </div>
  );
}
