import { EventForm } from "@/components/events/event-form";
import { FormPage } from "@/components/page-kit/form-page";
import { requirePermission } from "@/lib/auth/session";
import { emptyEventForm } from "@/lib/events/schema";
import { titleMetadata } from "@/lib/pages/locale";
import { RouteMessages } from "@/components/shell/route-messages";

export const generateMetadata = titleMetadata("events", "new");

export default async function NewEventPage() {
  await requirePermission("create", "event");
  return (
    <RouteMessages route="events/form">
      <FormPage namespace="events" mode="new">
        <EventForm mode="create" initialValues={emptyEventForm()} />
      </FormPage>
    </RouteMessages>
  );
}
