/**
 * The foot of a capped section (lib/lists/sections.ts): when it shows fewer rows than it has, a
 * "see all N" link to the list filtered on the record; on paper, "shown of N" instead.
 */
import { Link } from "@/components/ui/link";
import { getTranslations } from "next-intl/server";

export async function SeeAllLink({ href, total, shown, print }: { href: string; total: number; shown: number; print?: boolean }) {
  if (total <= shown) return null;
  const t = await getTranslations("pagination");
  if (print) return <p className="text-sm text-muted-foreground">{t("shownOf", { shown, total })}</p>;
  return (
    <p className="text-sm">
      <Link href={href} className="text-primary hover:underline" data-testid="see-all">
        {t("seeAll", { total })}
      </Link>
    </p>
  );
}
