import { MeetingForm } from "@/components/meetings/meeting-form";
import { FormPage } from "@/components/page-kit/form-page";
import { requirePermission } from "@/lib/auth/session";
import { todayIn } from "@/lib/dates/partial-date";
import { meetingFormChoices } from "@/lib/meetings/form-values";
import { fetchMeetingFormOptions } from "@/lib/meetings/queries";
import { emptyMeetingForm } from "@/lib/meetings/schema";
import { pageLocale, titleMetadata } from "@/lib/pages/locale";
import { RouteMessages } from "@/components/shell/route-messages";

export const generateMetadata = titleMetadata("meetings", "new");

export default async function NewMeetingPage() {
  const user = await requirePermission("create", "meeting");
  const choices = meetingFormChoices(fetchMeetingFormOptions(user), await pageLocale());
  return (
    <RouteMessages route="meetings/form">
      <FormPage namespace="meetings" mode="new">
        <MeetingForm mode="create" initialValues={emptyMeetingForm(todayIn())} options={choices} />
      </FormPage>
    </RouteMessages>
  );
}
