import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { requireUser } from "@/lib/auth/session";
import { navigationFor } from "@/lib/navigation/main-nav";

/** Each role's landing page: a welcome and the rooms this role may open. */
export default async function HomePage() {
  const user = await requireUser();
  const t = await getTranslations();
  const rooms = navigationFor(user.role).filter((item) => item.href !== "/");
  return (
    <div className="flex flex-col gap-6">
      <div>
        <h1 className="text-2xl font-bold">{t("home.welcome", { name: user.name })}</h1>
        <p className="text-muted-foreground">{t(`home.intro.${user.role}`)}</p>
      </div>
      <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
        {rooms.map((room) => (
          <Link key={room.href} href={room.href} className="rounded-xl focus-visible:outline-2 focus-visible:outline-ring">
            <Card className="h-full transition-colors hover:bg-muted/50">
              <CardHeader>
                <CardTitle>
                  <h2>{t(`nav.${room.key}`)}</h2>
                </CardTitle>
                <CardDescription>{t(`home.rooms.${room.key}`)}</CardDescription>
              </CardHeader>
              <CardContent />
            </Card>
          </Link>
        ))}
      </div>
    </div>
  );
}
