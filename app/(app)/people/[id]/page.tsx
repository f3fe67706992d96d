import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { requirePermission } from "@/lib/auth/session";
import { formatPartialDateRange } from "@/lib/dates/partial-date";
import { isLocale } from "@/lib/i18n/config";
import { localizedName } from "@/lib/i18n/localized";
import { fetchPersonWithMeetings } from "@/lib/meetings/queries";

export default async function PersonPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requirePermission("read", "person");
  const id = Number((await params).id);
  if (!Number.isSafeInteger(id) || id < 1) notFound();
  const person = fetchPersonWithMeetings(user, id);
  if (!person) notFound();
  const [t, current] = [await getTranslations(), await getLocale()];
  const locale = isLocale(current) ? current : "ar";
  const country = person.person.countryCode
    ? localizedName({ nameAr: person.countryNameAr, nameFr: person.countryNameFr, nameEn: person.countryNameEn }, locale)
    : null;
  return (
    <article className="flex flex-col gap-6">
      <header>
        <h1 className="text-2xl font-bold">
          <bdi>{person.person.name}</bdi>
        </h1>
        <p className="text-muted-foreground">
          {person.person.nameTransliterated && <bdi>{person.person.nameTransliterated}</bdi>}
          {person.person.nameTransliterated && country && " · "}
          {country}
        </p>
      </header>
      <section aria-labelledby="person-meetings" className="flex flex-col gap-3">
        <h2 id="person-meetings" className="text-lg font-semibold">
          {t("people.meetingsOverTime")}
        </h2>
        {person.meetings.length === 0 ? (
          <p className="text-muted-foreground">{t("meetings.empty")}</p>
        ) : (
          <div className="rounded-lg border bg-card">
            <Table>
              <TableHeader>
                <TableRow>
                  <TableHead>{t("meetings.columns.date")}</TableHead>
                  <TableHead>{t("people.titleThen")}</TableHead>
                  <TableHead>{t("meetings.columns.kind")}</TableHead>
                  <TableHead>{t("meetings.columns.event")}</TableHead>
                </TableRow>
              </TableHeader>
              <TableBody>
                {person.meetings.map((m) => (
                  <TableRow key={m.id}>
                    <TableCell>
                      <Link href={`/meetings/${m.id}`} className="font-medium text-primary hover:underline">
                        {formatPartialDateRange(m.startsOn, m.endsOn, locale)}
                      </Link>
                    </TableCell>
                    <TableCell className="whitespace-normal" dir="auto">{m.titleAtMeeting ?? "—"}</TableCell>
                    <TableCell>
                      <Badge variant="secondary">{t(`meetings.kinds.${m.kind}`)}</Badge>
                    </TableCell>
                    <TableCell className="whitespace-normal">
                      {localizedName({ nameAr: m.eventNameAr, nameFr: m.eventNameFr, nameEn: m.eventNameEn }, locale, "—")}
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </div>
        )}
      </section>
    </article>
  );
}
