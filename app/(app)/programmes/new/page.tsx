import { getLocale, getTranslations } from "next-intl/server";
import { ProgrammeForm } from "@/components/programmes/programme-form";
import { requirePermission } from "@/lib/auth/session";
import { isLocale } from "@/lib/i18n/config";
import { programmeFormChoices } from "@/lib/programmes/form-values";
import { fetchProgrammeFormOptions } from "@/lib/programmes/queries";
import { emptyProgrammeForm } from "@/lib/programmes/schema";

export async function generateMetadata() {
  return { title: (await getTranslations("programmes"))("new") };
}

export default async function NewProgrammePage() {
  const user = await requirePermission("create", "programme");
  const [t, locale] = [await getTranslations("programmes"), await getLocale()];
  return (
    <div className="flex flex-col gap-4">
      <h1 className="text-2xl font-bold">{t("new")}</h1>
      <ProgrammeForm mode="create" initialValues={emptyProgrammeForm()} choices={programmeFormChoices(fetchProgrammeFormOptions(user), isLocale(locale) ? locale : "ar")} />
    </div>
  );
}
