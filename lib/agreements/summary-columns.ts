/**
 * An agreement as lists, exports and the publication select it, defined once: spread into a
 * drizzle `.select({ ... })` beside the read's own columns.
 */
import "server-only";
import { agreements } from "@/db/schema";

/** `{ id, type, titleAr, titleFr, titleEn }`: what names an agreement in any language. */
export const agreementTitleColumns = {
  id: agreements.id,
  type: agreements.type,
  titleAr: agreements.titleAr,
  titleFr: agreements.titleFr,
  titleEn: agreements.titleEn,
};

/** Its subject in the three languages (Arabic in `subject`). */
export const agreementSubjectColumns = {
  subject: agreements.subject,
  subjectFr: agreements.subjectFr,
  subjectEn: agreements.subjectEn,
};

/** Where it stands: the signing status and its dates (partial ISO), and the place of signature. */
export const agreementSigningColumns = {
  signingStatus: agreements.signingStatus,
  signedOn: agreements.signedOn,
  inForceOn: agreements.inForceOn,
  expiresOn: agreements.expiresOn,
  placeOfSignature: agreements.placeOfSignature,
};
