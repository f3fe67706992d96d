import { EventForm } from "@/components/events/event-form";
import { FormPage } from "@/components/page-kit/form-page";
import { eventToFormValues } from "@/lib/events/form-values";
import { fetchEvent } from "@/lib/events/queries";
import { titleMetadata } from "@/lib/pages/locale";
import { recordForPage, type RecordPageProps } from "@/lib/pages/record";
import { RouteMessages } from "@/components/shell/route-messages";

export const generateMetadata = titleMetadata("events", "edit");

export default async function EditEventPage({ params }: RecordPageProps) {
  const { id, record: stored } = await recordForPage(params, "update", "event", fetchEvent);
  return (
    <RouteMessages route="events/form">
      <FormPage namespace="events" mode="edit">
        <EventForm mode="edit" eventId={id} version={stored.event.version} initialValues={eventToFormValues(stored.event)} />
      </FormPage>
    </RouteMessages>
  );
}
