import { NextIntlClientProvider } from "next-intl";
import { getMessages } from "next-intl/server";
import { routeMessages, type MessageRoute } from "@/lib/i18n/client-messages";

/**
 * The messages of one route for its client components: the shell's paths and the route's own
 * (`ROUTE_MESSAGE_PATHS[route]`, lib/i18n/client-messages.ts). A page or segment layout returns its
 * whole tree inside it; it replaces the root layout's messages below it (next-intl does not merge
 * nested providers' messages), which is why the shell's paths come along.
 */
export async function RouteMessages({ route, children }: { route: MessageRoute; children: React.ReactNode }) {
  return <NextIntlClientProvider messages={routeMessages(await getMessages(), route)}>{children}</NextIntlClientProvider>;
}
