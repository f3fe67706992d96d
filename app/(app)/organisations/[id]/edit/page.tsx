import { FormPage } from "@/components/page-kit/form-page";
import { OrganisationForm } from "@/components/organisations/organisation-form";
import { fetchCountryChoices } from "@/lib/countries/reference";
import { organisationToFormValues } from "@/lib/organisations/form-values";
import { fetchOrganisation } from "@/lib/organisations/queries";
import { pageLocale, titleMetadata } from "@/lib/pages/locale";
import { recordForPage, type RecordPageProps } from "@/lib/pages/record";
import { RouteMessages } from "@/components/shell/route-messages";

export const generateMetadata = titleMetadata("organisations", "edit");

/** An archived organisation is restored before it is edited: its edit page is not found. */
export default async function EditOrganisationPage({ params }: RecordPageProps) {
  const { id, record: stored } = await recordForPage(params, "update", "organisation", fetchOrganisation, (s) => !s.organisation.archivedAt);
  const { organisation } = stored;
  return (
    <RouteMessages route="organisations/form">
      <FormPage namespace="organisations" mode="edit">
        <OrganisationForm
          mode="edit"
          organisationId={id}
          version={organisation.version}
          initialValues={organisationToFormValues(organisation)}
          countries={fetchCountryChoices(await pageLocale())}
        />
      </FormPage>
    </RouteMessages>
  );
}
