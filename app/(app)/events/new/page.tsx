import { getTranslations } from "next-intl/server";
import { EventForm } from "@/components/events/event-form";
import { requirePermission } from "@/lib/auth/session";
import { emptyEventForm } from "@/lib/events/schema";

export async function generateMetadata() {
  return { title: (await getTranslations("events"))("new") };
}

export default async function NewEventPage() {
  await requirePermission("create", "event");
  const t = await getTranslations("events");
  return (
    <div className="flex flex-col gap-4">
      <h1 className="text-2xl font-bold">{t("new")}</h1>
      <EventForm mode="create" initialValues={emptyEventForm()} />
    </div>
  );
}
