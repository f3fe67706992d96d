import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { ProgrammeForm } from "@/components/programmes/programme-form";
import { requirePermission } from "@/lib/auth/session";
import { isLocale } from "@/lib/i18n/config";
import { programmeFormChoices, programmeToFormValues } from "@/lib/programmes/form-values";
import { fetchProgramme, fetchProgrammeFormOptions } from "@/lib/programmes/queries";

export async function generateMetadata() {
  return { title: (await getTranslations("programmes"))("edit") };
}

export default async function EditProgrammePage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requirePermission("update", "programme");
  const id = Number((await params).id);
  if (!Number.isSafeInteger(id) || id < 1) notFound();
  const stored = fetchProgramme(user, id);
  if (!stored) notFound();
  const [t, locale] = [await getTranslations("programmes"), await getLocale()];
  return (
    <div className="flex flex-col gap-4">
      <h1 className="text-2xl font-bold">{t("edit")}</h1>
      <ProgrammeForm
        mode="edit"
        programmeId={id}
        version={stored.programme.version}
        initialValues={programmeToFormValues(stored)}
        choices={programmeFormChoices(fetchProgrammeFormOptions(user), isLocale(locale) ? locale : "ar")}
      />
    </div>
  );
}
