/**
 * The messages the browser gets: only the paths that client components translate.
 *
 * Without a `messages` prop, `NextIntlClientProvider` serialises the whole catalogue (about 63 kB of
 * Arabic JSON) into every page's RSC payload and again into its HTML, and every render in flight
 * holds it. The root layout passes `pickMessages(messages, CLIENT_MESSAGE_PATHS)` instead (about half).
 *
 * A path is a namespace (`"errors"`) or a dotted sub-tree or key (`"meetings.form"`). The list is
 * checked by lib/i18n/client-messages.test.ts against a reading of the client module graph
 * (tests/helpers/client-translations.ts): the test fails, naming the module, when a client
 * component translates a key outside it. Add the path here when it does.
 */
import type { AbstractIntlMessages } from "next-intl";

export const CLIENT_MESSAGE_PATHS = [
  "account.confirmPassword", "account.currentPassword", "account.newPassword", "account.newPasswordHint",
  "account.oneTimePassword", "account.saving", "account.submit", "account.title",
  "agreements.filters", "agreements.form", "agreements.listSeparator", "agreements.statuses", "agreements.transition", "agreements.types",
  "app.apposition",
  "attachments",
  "calendar.filters",
  "calendarFeed.cancel", "calendarFeed.copied", "calendarFeed.copy", "calendarFeed.create", "calendarFeed.heading", "calendarFeed.intro",
  "calendarFeed.none", "calendarFeed.revoke", "calendarFeed.revokeConfirm", "calendarFeed.revoked", "calendarFeed.urlLabel", "calendarFeed.working",
  "combobox",
  "dashboard.filters",
  "dataQuality.allKinds", "dataQuality.allTypes", "dataQuality.apply", "dataQuality.cancel", "dataQuality.entityTypes", "dataQuality.filters",
  "dataQuality.kind", "dataQuality.kinds", "dataQuality.recordType", "dataQuality.reopen", "dataQuality.reset", "dataQuality.resolutionNote",
  "dataQuality.resolve", "dataQuality.resolveConfirm", "dataQuality.resolveTitle", "dataQuality.state", "dataQuality.states",
  "dates",
  "directory",
  "errors",
  "events.editions", "events.form", "events.kinds",
  "exports.control", "exports.csv", "exports.excel", "exports.menuLabel",
  "followUps",
  "imports",
  "languages",
  "login",
  "meetings.filters", "meetings.form", "meetings.kinds",
  "merge",
  "notifications",
  "organisations.form", "organisations.types",
  "people.form", "people.positions",
  "programmes.form",
  "projects.activityKinds", "projects.activityStatuses", "projects.archive", "projects.budgetKinds", "projects.filters", "projects.form",
  "projects.milestones", "projects.organisationTypes", "projects.phases", "projects.roles", "projects.statuses",
  "publications.candidates", "publications.form", "publications.languages",
  "records",
  "reviews.bulk", "reviews.decisions", "reviews.form", "reviews.page.actual", "reviews.page.planned",
  "roles",
  "saved",
  "search",
  "shell",
  "users.form", "users.manage", "users.memberships", "users.oneTime",
  "validation",
] as const;

/** The value at a dotted path of a message tree, or undefined. */
export function messageAt(messages: AbstractIntlMessages, path: string): AbstractIntlMessages[string] | undefined {
  let node: AbstractIntlMessages[string] | undefined = messages;
  for (const key of path.split(".")) {
    if (node === undefined || typeof node === "string") return undefined;
    node = node[key];
  }
  return node;
}

/**
 * A new message tree holding only `paths` (each a namespace, sub-tree or key) of `messages`, nested
 * as in the catalogue; paths missing from the catalogue are left out (next-intl then reports the key).
 */
export function pickMessages(messages: AbstractIntlMessages, paths: readonly string[]): AbstractIntlMessages {
  const picked: AbstractIntlMessages = {};
  for (const path of paths) {
    const value = messageAt(messages, path);
    if (value === undefined) continue;
    const keys = path.split(".");
    let node = picked;
    for (const key of keys.slice(0, -1)) {
      const next = node[key];
      node = (typeof next === "object" ? next : (node[key] = {})) as AbstractIntlMessages;
    }
    node[keys[keys.length - 1]!] = value;
  }
  return picked;
}

const pickedByCatalogue = new WeakMap<AbstractIntlMessages, AbstractIntlMessages>();

/** `pickMessages(messages, CLIENT_MESSAGE_PATHS)`, computed once per loaded catalogue (one per language). */
export function clientMessages(messages: AbstractIntlMessages): AbstractIntlMessages {
  let picked = pickedByCatalogue.get(messages);
  if (!picked) pickedByCatalogue.set(messages, (picked = pickMessages(messages, CLIENT_MESSAGE_PATHS)));
  return picked;
}
