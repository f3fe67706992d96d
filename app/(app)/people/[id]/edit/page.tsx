import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { PersonForm } from "@/components/people/person-form";
import { requirePermission } from "@/lib/auth/session";
import { isLocale } from "@/lib/i18n/config";
import { personFormChoices, personToFormValues } from "@/lib/people/form-values";
import { fetchPerson, fetchPersonFormOptions } from "@/lib/people/queries";

export async function generateMetadata() {
  return { title: (await getTranslations("people"))("edit") };
}

export default async function EditPersonPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requirePermission("update", "person");
  const id = Number((await params).id);
  if (!Number.isSafeInteger(id) || id < 1) notFound();
  const stored = fetchPerson(user, id);
  if (!stored || stored.person.archivedAt) notFound();
  const [t, locale] = [await getTranslations("people"), await getLocale()];
  const choices = personFormChoices(fetchPersonFormOptions(user), isLocale(locale) ? locale : "ar");
  return (
    <div className="flex flex-col gap-4">
      <h1 className="text-2xl font-bold">{t("edit")}</h1>
      <PersonForm mode="edit" personId={id} version={stored.person.version} initialValues={personToFormValues(stored.person)} countries={choices.countries} />
    </div>
  );
}
