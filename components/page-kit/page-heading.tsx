/**
 * The top of a page that is not a record: its one h1, and under it, when given, a line that says
 * what the page is for. Plain component (no hooks): usable from server pages and client views.
 */

/**
 * The page's h1; with `intro`, the h1 and the intro line together in one block (the `as` element,
 * a `div` unless the page's top is its `header`). `introDir="auto"` when the intro is a record's
 * own words (a title in any language).
 */
export function PageHeading({
  title,
  intro,
  introDir,
  as: Block = "div",
}: {
  title: React.ReactNode;
  intro?: React.ReactNode;
  introDir?: "auto";
  as?: "div" | "header";
}) {
  const heading = <h1 className="text-2xl font-bold">{title}</h1>;
  if (intro === undefined) return heading;
  return (
    <Block>
      {heading}
      <p className="text-muted-foreground" dir={introDir}>
        {intro}
      </p>
    </Block>
  );
}
