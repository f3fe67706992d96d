import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { EventForm } from "@/components/events/event-form";
import { requirePermission } from "@/lib/auth/session";
import { eventToFormValues } from "@/lib/events/form-values";
import { fetchEvent } from "@/lib/events/queries";

export async function generateMetadata() {
  return { title: (await getTranslations("events"))("edit") };
}

export default async function EditEventPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requirePermission("update", "event");
  const id = Number((await params).id);
  if (!Number.isSafeInteger(id) || id < 1) notFound();
  const stored = fetchEvent(user, id);
  if (!stored) notFound();
  const t = await getTranslations("events");
  return (
    <div className="flex flex-col gap-4">
      <h1 className="text-2xl font-bold">{t("edit")}</h1>
      <EventForm mode="edit" eventId={id} version={stored.event.version} initialValues={eventToFormValues(stored.event)} />
    </div>
  );
}
