import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { MeetingForm } from "@/components/meetings/meeting-form";
import { requirePermission } from "@/lib/auth/session";
import { isLocale } from "@/lib/i18n/config";
import { meetingFormChoices, meetingToFormValues } from "@/lib/meetings/form-values";
import { fetchMeeting, fetchMeetingFormOptions } from "@/lib/meetings/queries";

export async function generateMetadata() {
  return { title: (await getTranslations("meetings"))("edit") };
}

export default async function EditMeetingPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requirePermission("update", "meeting");
  const id = Number((await params).id);
  if (!Number.isSafeInteger(id) || id < 1) notFound();
  const stored = fetchMeeting(user, id);
  if (!stored) notFound();
  const [t, locale] = [await getTranslations("meetings"), await getLocale()];
  const choices = meetingFormChoices(fetchMeetingFormOptions(user, stored.counterparts.map((c) => c.personId)), isLocale(locale) ? locale : "ar");
  return (
    <div className="flex flex-col gap-4">
      <h1 className="text-2xl font-bold">{t("edit")}</h1>
      <MeetingForm
        mode="edit"
        meetingId={id}
        version={stored.meeting.version}
        initialValues={meetingToFormValues(stored)}
        options={choices}
      />
    </div>
  );
}
