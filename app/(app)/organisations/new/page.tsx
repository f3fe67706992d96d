import { FormPage } from "@/components/page-kit/form-page";
import { OrganisationForm } from "@/components/organisations/organisation-form";
import { requirePermission } from "@/lib/auth/session";
import { fetchCountryChoices } from "@/lib/countries/reference";
import { emptyOrganisationForm } from "@/lib/organisations/schema";
import { pageLocale, titleMetadata } from "@/lib/pages/locale";
import { RouteMessages } from "@/components/shell/route-messages";

export const generateMetadata = titleMetadata("organisations", "new");

export default async function NewOrganisationPage() {
  await requirePermission("create", "organisation");
  return (
    <RouteMessages route="organisations/form">
      <FormPage namespace="organisations" mode="new">
        <OrganisationForm mode="create" initialValues={emptyOrganisationForm()} countries={fetchCountryChoices(await pageLocale())} />
      </FormPage>
    </RouteMessages>
  );
}
