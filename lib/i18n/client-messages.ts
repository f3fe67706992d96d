/**
 * The messages the browser gets: on each route, only the paths that its client components translate.
 *
 * Without a `messages` prop, `NextIntlClientProvider` serialises the whole catalogue (about 85 kB of
 * Arabic JSON) into every page's RSC payload and again into its HTML, and every render in flight
 * holds it. Instead:
 * - the root layout sends `SHELL_MESSAGE_PATHS`: what the client components of the application's
 *   chrome translate on every page (navigation, search dialog, language switcher);
 * - each page (or segment layout) whose client components translate more wraps what it renders in
 *   `<RouteMessages route="…">` (components/shell/route-messages.tsx), which sends the shell's paths
 *   and that route's `ROUTE_MESSAGE_PATHS` entry. A nested `NextIntlClientProvider` replaces the
 *   messages of the one above it (use-intl's IntlProvider: `messages ?? parent.messages`), it does
 *   not merge them: that is why each route's set holds the shell's too.
 *
 * A path is a namespace (`"errors"`) or a dotted sub-tree or key (`"meetings.form"`). The lists are
 * checked by lib/i18n/client-messages.test.ts against a reading of each route's client module graph
 * (tests/helpers/client-translations.ts): the test fails, naming the route, the module and the key,
 * when a client component translates a key outside what its route sends. Add the path to the route's
 * entry here when it does.
 */
import type { AbstractIntlMessages } from "next-intl";

/** What the chrome's client components translate on every page (app/layout.tsx, app/(app)/layout.tsx). */
export const SHELL_MESSAGE_PATHS = ["languages", "search", "shell.close", "shell.closeMenu", "shell.language", "shell.more", "shell.openMenu"] as const;

// Pieces several routes share.
const FORM = ["errors", "saved", "unsavedChanges"] as const;
const LIST = ["shell.activeFilters", "shell.filters"] as const;
const EXPORT_MENU = ["exports.control", "exports.csv", "exports.excel", "exports.menuLabel"] as const;
const VALIDATION_PANEL = [
  "validation.cancel", "validation.comment", "validation.sendBack", "validation.sendBackConfirm",
  "validation.sendBackRecord", "validation.sendBackTitle", "validation.validate", "validation.validateRecord",
] as const;
const CLOSE_FOLLOW_UP = ["followUps.drop", "followUps.dropLabel", "followUps.markDone", "followUps.markDoneLabel"] as const;
const FOLLOW_UP_FIELDS = [
  "followUps.chooseOwner", "followUps.concernsAgreement", "followUps.concernsNothing", "followUps.concernsProject",
  "followUps.dueHint", "followUps.noOwner", "followUps.ownerKind", "followUps.ownerKinds",
] as const;

/**
 * Each route's own paths (the shell's are added by `routeMessages`), by the name its page or layout
 * passes to `<RouteMessages route="…">`.
 */
export const ROUTE_MESSAGE_PATHS = {
  home: ["combobox", "dashboard.filters", "errors", ...CLOSE_FOLLOW_UP],
  account: [
    "account.confirmPassword", "account.currentPassword", "account.newPassword", "account.newPasswordHint",
    "account.oneTimePassword", "account.saving", "account.submit", "account.title",
    "calendarFeed.cancel", "calendarFeed.copied", "calendarFeed.copy", "calendarFeed.create", "calendarFeed.heading", "calendarFeed.intro",
    "calendarFeed.none", "calendarFeed.revoke", "calendarFeed.revokeConfirm", "calendarFeed.revoked", "calendarFeed.urlLabel", "calendarFeed.working",
    "errors", "notifications.email",
  ],
  login: ["errors", "login"],
  "users/list": ["errors", "roles", "users.form", "users.oneTime"],
  "users/record": ["combobox", "errors", "roles", "users.manage", "users.memberships", "users.oneTime"],
  "agreements/list": ["agreements.filters", "dates", "errors", ...EXPORT_MENU, ...LIST],
  "agreements/form": ["agreements.form", "agreements.statuses", "agreements.types", "combobox", "dates", ...FORM],
  "agreements/record": [
    "agreements.form.partialDateHint", "agreements.form.saving", "agreements.listSeparator", "agreements.statuses", "agreements.transition",
    "attachments", "dates", "errors", "records", ...VALIDATION_PANEL,
  ],
  calendar: ["calendar.filters", ...LIST],
  "data-quality": [
    "dataQuality.allKinds", "dataQuality.allTypes", "dataQuality.apply", "dataQuality.cancel", "dataQuality.entityTypes", "dataQuality.filters",
    "dataQuality.kind", "dataQuality.kinds", "dataQuality.recordType", "dataQuality.reopen", "dataQuality.reset", "dataQuality.resolutionNote",
    "dataQuality.resolve", "dataQuality.resolveConfirm", "dataQuality.resolveTitle", "dataQuality.state", "dataQuality.states",
    "errors", ...LIST,
  ],
  "events/form": ["events.form", "events.kinds", ...FORM],
  "events/record": ["dates", "errors", "events.editions", "records"],
  imports: [
    "imports.actions", "imports.ambiguous", "imports.bulk", "imports.changes", "imports.commit", "imports.commitErrors", "imports.committing",
    "imports.counterpartKnown", "imports.counterpartNew", "imports.done", "imports.issues", "imports.noChanges", "imports.preview",
    "imports.reasons", "imports.refusals", "imports.refusedTitle", "imports.statuses", "imports.table", "imports.template", "imports.upload",
  ],
  "meetings/list": ["dates", "errors", ...EXPORT_MENU, "meetings.filters", ...LIST],
  "meetings/form": ["combobox", "dates", ...FOLLOW_UP_FIELDS, "meetings.form", "meetings.kinds", ...FORM],
  "meetings/record": ["attachments", "errors", ...CLOSE_FOLLOW_UP, "records", ...VALIDATION_PANEL],
  notifications: ["notifications.markAllRead", "notifications.markRead", "notifications.markReadLabel", "notifications.unread"],
  "directory/list": ["directory", ...EXPORT_MENU, ...LIST],
  "organisations/form": ["combobox", "organisations.form", "organisations.types", ...FORM],
  "organisations/record": ["combobox", "errors", ...CLOSE_FOLLOW_UP, "merge", "records", ...VALIDATION_PANEL],
  "people/form": ["combobox", "people.form", ...FORM],
  "people/record": ["combobox", "dates", "errors", ...CLOSE_FOLLOW_UP, "merge", "people.positions", "records", ...VALIDATION_PANEL],
  "programmes/form": ["combobox", "dates", "programmes.form", ...FORM],
  "programmes/record": ["errors", "projects.archive"],
  "projects/list": ["combobox", "errors", ...EXPORT_MENU, "projects.filters", ...LIST],
  "projects/form": [
    "combobox", "dates", "projects.budgetKinds", "projects.form", "projects.organisationTypes", "projects.phases", "projects.roles",
    "projects.statuses", ...FORM,
  ],
  "projects/record": [
    "app.apposition", "attachments", "combobox", "dates", "errors", ...EXPORT_MENU, "projects.activityKinds", "projects.activityStatuses",
    "projects.archive", "projects.milestones", ...VALIDATION_PANEL,
  ],
  publications: ["combobox", "errors", "publications.candidates", "publications.form", "publications.languages"],
  "reviews/project": ["errors", "reviews.form"],
  "reviews/bulk": ["errors", "projects.activityStatuses", "reviews.bulk", "reviews.decisions", "reviews.page.actual", "reviews.page.planned"],
  validation: ["errors", ...VALIDATION_PANEL],
} as const satisfies Record<string, readonly string[]>;

/** A route name of `ROUTE_MESSAGE_PATHS`. */
export type MessageRoute = keyof typeof ROUTE_MESSAGE_PATHS;

/** The value at a dotted path of a message tree, or undefined. */
export function messageAt(messages: AbstractIntlMessages, path: string): AbstractIntlMessages[string] | undefined {
  let node: AbstractIntlMessages[string] | undefined = messages;
  for (const key of path.split(".")) {
    if (node === undefined || typeof node === "string") return undefined;
    node = node[key];
  }
  return node;
}

/** Whether `path` is `other` or lies inside it. */
export const pathWithin = (path: string, other: string) => path === other || path.startsWith(`${other}.`);

/**
 * A new message tree holding only `paths` (each a namespace, sub-tree or key) of `messages`, nested
 * as in the catalogue; paths missing from the catalogue are left out (next-intl then reports the key).
 * Picked sub-trees are the catalogue's own objects, never copied nor written to: React's RSC
 * serialiser writes an object it has already sent as a reference, so a sub-tree that both the root
 * layout and a route send travels once in a page's first load.
 */
export function pickMessages(messages: AbstractIntlMessages, paths: readonly string[]): AbstractIntlMessages {
  const picked: AbstractIntlMessages = {};
  const kept = [...new Set(paths)].filter((path) => !paths.some((other) => other !== path && pathWithin(path, other)));
  for (const path of kept) {
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

/** The paths a route's provider sends: the shell's and the route's own. */
export function routeMessagePaths(route: MessageRoute | "shell"): readonly string[] {
  return route === "shell" ? SHELL_MESSAGE_PATHS : [...SHELL_MESSAGE_PATHS, ...ROUTE_MESSAGE_PATHS[route]];
}

const pickedByCatalogue = new WeakMap<AbstractIntlMessages, Map<string, AbstractIntlMessages>>();

/**
 * `pickMessages(messages, routeMessagePaths(route))`, computed once per loaded catalogue (one per
 * language) and route; `"shell"` is the root layout's set.
 */
export function routeMessages(messages: AbstractIntlMessages, route: MessageRoute | "shell"): AbstractIntlMessages {
  let byRoute = pickedByCatalogue.get(messages);
  if (!byRoute) pickedByCatalogue.set(messages, (byRoute = new Map()));
  let picked = byRoute.get(route);
  if (!picked) byRoute.set(route, (picked = pickMessages(messages, routeMessagePaths(route))));
  return picked;
}
