import { getTranslations } from "next-intl/server";
import { MessagePage } from "@/components/page-kit/message-page";
import { requireUser } from "@/lib/auth/session";
import { titleMetadata } from "@/lib/pages/locale";

export const generateMetadata = titleMetadata("notAllowed", "title");

/** Where a role lands on a form it may not use (an administrator on a staff form): said plainly, not "not found". */
export default async function NotAllowedPage() {
  const user = await requireUser();
  const t = await getTranslations();
  return (
    <MessagePage
      title={t("notAllowed.title")}
      body={t("notAllowed.body", { role: t(`roles.${user.role}`) })}
      home={t("notFound.home")}
      data-testid="not-allowed"
    />
  );
}
