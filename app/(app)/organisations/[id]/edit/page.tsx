import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { OrganisationForm } from "@/components/organisations/organisation-form";
import { requirePermission } from "@/lib/auth/session";
import { isLocale } from "@/lib/i18n/config";
import { organisationToFormValues } from "@/lib/organisations/form-values";
import { fetchOrganisation } from "@/lib/organisations/queries";
import { fetchCountryChoices } from "@/lib/countries/queries";

export async function generateMetadata() {
  return { title: (await getTranslations("organisations"))("edit") };
}

export default async function EditOrganisationPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requirePermission("update", "organisation");
  const id = Number((await params).id);
  if (!Number.isSafeInteger(id) || id < 1) notFound();
  const stored = fetchOrganisation(user, id);
  if (!stored || stored.organisation.archivedAt) notFound();
  const [t, locale] = [await getTranslations("organisations"), await getLocale()];
  const countries = fetchCountryChoices(isLocale(locale) ? locale : "ar");
  return (
    <div className="flex flex-col gap-4">
      <h1 className="text-2xl font-bold">{t("edit")}</h1>
      <OrganisationForm mode="edit" organisationId={id} version={stored.organisation.version} initialValues={organisationToFormValues(stored.organisation)} countries={countries} />
    </div>
  );
}
