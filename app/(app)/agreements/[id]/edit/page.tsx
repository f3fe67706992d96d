import { AgreementForm } from "@/components/agreements/agreement-form";
import { FormPage } from "@/components/page-kit/form-page";
import { agreementFormChoices, agreementToFormValues } from "@/lib/agreements/form-values";
import { fetchAgreement, fetchAgreementFormOptions } from "@/lib/agreements/queries";
import { pageLocale, titleMetadata } from "@/lib/pages/locale";
import { recordForPage, type RecordPageProps } from "@/lib/pages/record";
import { RouteMessages } from "@/components/shell/route-messages";

export const generateMetadata = titleMetadata("agreements", "edit");

export default async function EditAgreementPage({ params }: RecordPageProps) {
  const { user, id, record: stored } = await recordForPage(params, "update", "agreement", fetchAgreement);
  const choices = agreementFormChoices(fetchAgreementFormOptions(user), await pageLocale());
  return (
    <RouteMessages route="agreements/form">
      <FormPage namespace="agreements" mode="edit">
        <AgreementForm mode="edit" agreementId={id} version={stored.agreement.version} initialValues={agreementToFormValues(stored.agreement)} options={choices} />
      </FormPage>
    </RouteMessages>
  );
}
