import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { AgreementForm } from "@/components/agreements/agreement-form";
import { agreementFormChoices, agreementToFormValues } from "@/lib/agreements/form-values";
import { fetchAgreement, fetchAgreementFormOptions } from "@/lib/agreements/queries";
import { requirePermission } from "@/lib/auth/session";
import { isLocale } from "@/lib/i18n/config";

export async function generateMetadata() {
  return { title: (await getTranslations("agreements"))("edit") };
}

export default async function EditAgreementPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requirePermission("update", "agreement");
  const id = Number((await params).id);
  if (!Number.isSafeInteger(id) || id < 1) notFound();
  const stored = fetchAgreement(user, id);
  if (!stored) notFound();
  const [t, locale] = [await getTranslations("agreements"), await getLocale()];
  const choices = agreementFormChoices(fetchAgreementFormOptions(user), isLocale(locale) ? locale : "ar");
  return (
    <div className="flex flex-col gap-4">
      <h1 className="text-2xl font-bold">{t("edit")}</h1>
      <AgreementForm mode="edit" agreementId={id} version={stored.agreement.version} initialValues={agreementToFormValues(stored.agreement)} options={choices} />
    </div>
  );
}
