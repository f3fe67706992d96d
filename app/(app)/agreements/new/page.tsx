import { AgreementForm } from "@/components/agreements/agreement-form";
import { FormPage } from "@/components/page-kit/form-page";
import { agreementFormChoices } from "@/lib/agreements/form-values";
import { fetchAgreementFormOptions } from "@/lib/agreements/queries";
import { emptyAgreementForm } from "@/lib/agreements/schema";
import { requirePermission } from "@/lib/auth/session";
import { pageLocale, titleMetadata } from "@/lib/pages/locale";
import { RouteMessages } from "@/components/shell/route-messages";

export const generateMetadata = titleMetadata("agreements", "new");

export default async function NewAgreementPage() {
  const user = await requirePermission("create", "agreement");
  const choices = agreementFormChoices(fetchAgreementFormOptions(user), await pageLocale());
  return (
    <RouteMessages route="agreements/form">
      <FormPage namespace="agreements" mode="new">
        <AgreementForm mode="create" initialValues={emptyAgreementForm()} options={choices} />
      </FormPage>
    </RouteMessages>
  );
}
