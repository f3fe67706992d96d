import { getLocale, getTranslations } from "next-intl/server";
import { MeetingForm } from "@/components/meetings/meeting-form";
import { requirePermission } from "@/lib/auth/session";
import { todayIn } from "@/lib/dates/partial-date";
import { isLocale } from "@/lib/i18n/config";
import { meetingFormChoices } from "@/lib/meetings/form-values";
import { fetchMeetingFormOptions } from "@/lib/meetings/queries";
import { emptyMeetingForm } from "@/lib/meetings/schema";

export async function generateMetadata() {
  return { title: (await getTranslations("meetings"))("new") };
}

export default async function NewMeetingPage() {
  const user = await requirePermission("create", "meeting");
  const [t, locale] = [await getTranslations("meetings"), await getLocale()];
  const choices = meetingFormChoices(fetchMeetingFormOptions(user), isLocale(locale) ? locale : "ar");
  return (
    <div className="flex flex-col gap-4">
      <h1 className="text-2xl font-bold">{t("new")}</h1>
      <MeetingForm mode="create" initialValues={emptyMeetingForm(todayIn())} options={choices} />
    </div>
  );
}
