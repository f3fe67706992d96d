import { FormPage } from "@/components/page-kit/form-page";
import { ProgrammeForm } from "@/components/programmes/programme-form";
import { requirePermission } from "@/lib/auth/session";
import { pageLocale, titleMetadata } from "@/lib/pages/locale";
import { programmeFormChoices } from "@/lib/programmes/form-values";
import { fetchProgrammeFormOptions } from "@/lib/programmes/queries";
import { emptyProgrammeForm } from "@/lib/programmes/schema";
import { RouteMessages } from "@/components/shell/route-messages";

export const generateMetadata = titleMetadata("programmes", "new");

export default async function NewProgrammePage() {
  const user = await requirePermission("create", "programme");
  return (
    <RouteMessages route="programmes/form">
      <FormPage namespace="programmes" mode="new">
        <ProgrammeForm mode="create" initialValues={emptyProgrammeForm()} choices={programmeFormChoices(fetchProgrammeFormOptions(user), await pageLocale())} />
      </FormPage>
    </RouteMessages>
  );
}
