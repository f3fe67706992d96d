/**
 * The application's link: next/link (client-side navigation) that does not prefetch by default.
 *
 * next/link prefetches every link that scrolls into view. Taawun's pages are all rendered per
 * request, so for each visible link the browser asks the server for the target's route tree (Next
 * 16's `/_tree` segment prefetch): a meetings list in view sent 69 such requests, about 2.5 ms of
 * server time each, some three times the cost of the page itself, and every reader does it on
 * every list. The page's content is fetched on click either way, so a record link in a list or a
 * record page gains almost nothing from it. Links here fetch on click; the header's navigation (a
 * dozen links, the ones most likely to be followed) passes `prefetch="auto"` to keep Next's default.
 *
 * Shared (no "use client"): server and client components use it alike, and it adds no client
 * module of its own. Everything else is next/link's props, unchanged.
 */
import NextLink from "next/link";

type LinkProps = React.ComponentProps<typeof NextLink>;

/** next/link with `prefetch={false}` unless the caller asks for prefetching. */
export function Link({ prefetch = false, ...props }: LinkProps) {
  return <NextLink prefetch={prefetch} {...props} />;
}
