import { MeetingForm } from "@/components/meetings/meeting-form";
import { FormPage } from "@/components/page-kit/form-page";
import { meetingFormChoices, meetingToFormValues } from "@/lib/meetings/form-values";
import { fetchMeeting, fetchMeetingFormOptions } from "@/lib/meetings/queries";
import { pageLocale, titleMetadata } from "@/lib/pages/locale";
import { recordForPage, type RecordPageProps } from "@/lib/pages/record";
import { RouteMessages } from "@/components/shell/route-messages";

export const generateMetadata = titleMetadata("meetings", "edit");

export default async function EditMeetingPage({ params }: RecordPageProps) {
  const { user, id, record: stored } = await recordForPage(params, "update", "meeting", fetchMeeting);
  const options = fetchMeetingFormOptions(user, stored.counterparts.map((c) => c.personId));
  return (
    <RouteMessages route="meetings/form">
      <FormPage namespace="meetings" mode="edit">
        <MeetingForm
          mode="edit"
          meetingId={id}
          version={stored.meeting.version}
          initialValues={meetingToFormValues(stored)}
          options={meetingFormChoices(options, await pageLocale())}
        />
      </FormPage>
    </RouteMessages>
  );
}
