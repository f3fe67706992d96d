/**
 * How a country's name looks wherever it opens the country's profile: a link that reads as one
 * (the primary colour, a quiet underline that darkens on hover), so the profiles are found.
 */
export const countryLinkClassName =
  "font-medium text-primary underline decoration-primary/30 underline-offset-4 hover:decoration-primary focus-visible:rounded-sm focus-visible:outline-2 focus-visible:outline-ring";
