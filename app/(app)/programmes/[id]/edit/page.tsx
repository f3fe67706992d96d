import { FormPage } from "@/components/page-kit/form-page";
import { ProgrammeForm } from "@/components/programmes/programme-form";
import { pageLocale, titleMetadata } from "@/lib/pages/locale";
import { recordForPage, type RecordPageProps } from "@/lib/pages/record";
import { programmeFormChoices, programmeToFormValues } from "@/lib/programmes/form-values";
import { fetchProgramme, fetchProgrammeFormOptions } from "@/lib/programmes/queries";
import { RouteMessages } from "@/components/shell/route-messages";

export const generateMetadata = titleMetadata("programmes", "edit");

export default async function EditProgrammePage({ params }: RecordPageProps) {
  const { user, id, record: stored } = await recordForPage(params, "update", "programme", fetchProgramme);
  return (
    <RouteMessages route="programmes/form">
      <FormPage namespace="programmes" mode="edit">
        <ProgrammeForm
          mode="edit"
          programmeId={id}
          version={stored.programme.version}
          initialValues={programmeToFormValues(stored)}
          choices={programmeFormChoices(fetchProgrammeFormOptions(user), await pageLocale())}
        />
      </FormPage>
    </RouteMessages>
  );
}
