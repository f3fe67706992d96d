import { FormPage } from "@/components/page-kit/form-page";
import { PersonForm } from "@/components/people/person-form";
import { pageLocale, titleMetadata } from "@/lib/pages/locale";
import { recordForPage, type RecordPageProps } from "@/lib/pages/record";
import { personFormChoices, personToFormValues } from "@/lib/people/form-values";
import { fetchPerson, fetchPersonFormOptions } from "@/lib/people/queries";
import { RouteMessages } from "@/components/shell/route-messages";

export const generateMetadata = titleMetadata("people", "edit");

/** An archived person is restored before it is edited: its edit page is not found. */
export default async function EditPersonPage({ params }: RecordPageProps) {
  const { user, id, record: stored } = await recordForPage(params, "update", "person", fetchPerson, (s) => !s.person.archivedAt);
  const choices = personFormChoices(fetchPersonFormOptions(user), await pageLocale());
  return (
    <RouteMessages route="people/form">
      <FormPage namespace="people" mode="edit">
        <PersonForm mode="edit" personId={id} version={stored.person.version} initialValues={personToFormValues(stored.person)} countries={choices.countries} />
      </FormPage>
    </RouteMessages>
  );
}
