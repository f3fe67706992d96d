/**
 * A page that only says something — not found, not allowed — centred, with its h1, one sentence
 * and the way home. The words come from the caller (the `notFound` and `notAllowed` messages).
 */
import { Link } from "@/components/ui/link";
import { getTranslations } from "next-intl/server";

/**
 * @param standalone true outside the app's layout (the root not-found page): the block is the
 *   page's `main`, with its own side margins; false inside the layout, which has its own `main`
 * @param home the words of the link to `/`
 * Other props (`data-testid`…) go to the block.
 */
export function MessagePage({
  title,
  body,
  home,
  standalone = false,
  ...blockProps
}: {
  title: string;
  body: string;
  home: string;
  standalone?: boolean;
} & Omit<React.ComponentProps<"div">, "title" | "children">) {
  const Block = standalone ? "main" : "div";
  return (
    <Block className={standalone ? "mx-auto flex max-w-xl flex-col items-center gap-4 px-4 py-24 text-center" : "mx-auto flex max-w-xl flex-col items-center gap-4 py-16 text-center"} {...blockProps}>
      <h1 className="text-2xl font-bold">{title}</h1>
      <p className="text-muted-foreground">{body}</p>
      <Link href="/" className="text-primary underline">
        {home}
      </Link>
    </Block>
  );
}

/** The not-found page (HTTP 404) in the reader's language; `standalone` as for MessagePage. */
export async function NotFoundMessage({ standalone = false }: { standalone?: boolean }) {
  const t = await getTranslations("notFound");
  return <MessagePage title={t("title")} body={t("body")} home={t("home")} standalone={standalone} />;
}
