/**
 * The layout every "new …" and "edit …" page shares: the page's h1 (the room's `new` or `edit`
 * message), an optional line naming the record being edited, then the room's form.
 */
import { getTranslations } from "next-intl/server";
import { PageHeading } from "./page-heading";

/**
 * @param namespace the room's messages (`meetings`, `projects`…), whose `new` and `edit` keys
 *   title the page, as its `generateMetadata` does
 * @param mode which of the two titles: creating a record or editing one
 * @param recordName the edited record's own name under the title (written `dir="auto"`)
 * @param children the form
 */
export async function FormPage({
  namespace,
  mode,
  recordName,
  children,
}: {
  namespace: string;
  mode: "new" | "edit";
  recordName?: React.ReactNode;
  children: React.ReactNode;
}) {
  const t = await getTranslations(namespace);
  return (
    <div className="flex flex-col gap-4">
      <PageHeading title={t(mode)} intro={recordName} introDir="auto" />
      {children}
    </div>
  );
}
