import { FormPage } from "@/components/page-kit/form-page";
import { PersonForm } from "@/components/people/person-form";
import { requirePermission } from "@/lib/auth/session";
import { pageLocale, titleMetadata } from "@/lib/pages/locale";
import { personFormChoices } from "@/lib/people/form-values";
import { fetchPersonFormOptions } from "@/lib/people/queries";
import { emptyPersonForm } from "@/lib/people/schema";
import { RouteMessages } from "@/components/shell/route-messages";

export const generateMetadata = titleMetadata("people", "new");

export default async function NewPersonPage() {
  const user = await requirePermission("create", "person");
  const choices = personFormChoices(fetchPersonFormOptions(user), await pageLocale());
  return (
    <RouteMessages route="people/form">
      <FormPage namespace="people" mode="new">
        <PersonForm mode="create" initialValues={emptyPersonForm()} countries={choices.countries} />
      </FormPage>
    </RouteMessages>
  );
}
