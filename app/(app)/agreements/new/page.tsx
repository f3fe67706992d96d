import { getLocale, getTranslations } from "next-intl/server";
import { AgreementForm } from "@/components/agreements/agreement-form";
import { agreementFormChoices } from "@/lib/agreements/form-values";
import { fetchAgreementFormOptions } from "@/lib/agreements/queries";
import { emptyAgreementForm } from "@/lib/agreements/schema";
import { requirePermission } from "@/lib/auth/session";
import { isLocale } from "@/lib/i18n/config";

export async function generateMetadata() {
  return { title: (await getTranslations("agreements"))("new") };
}

export default async function NewAgreementPage() {
  const user = await requirePermission("create", "agreement");
  const [t, locale] = [await getTranslations("agreements"), await getLocale()];
  const choices = agreementFormChoices(fetchAgreementFormOptions(user), isLocale(locale) ? locale : "ar");
  return (
    <div className="flex flex-col gap-4">
      <h1 className="text-2xl font-bold">{t("new")}</h1>
      <AgreementForm mode="create" initialValues={emptyAgreementForm()} options={choices} />
    </div>
  );
}
