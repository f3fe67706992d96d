/**
 * The icons the app draws (lucide's names, https://lucide.dev/icons), in the sprite of
 * lib/icons/sprite.ts. Shared by the server (the sprite) and the browser (components/ui/icons.tsx):
 * no shapes here. Adding an icon: add its name here and its component in components/ui/icons.tsx,
 * then set ICON_SPRITE_VERSION to the version lib/icons/sprite.test.ts prints.
 */
export const ICON_IDS = [
  "archive",
  "archive-arrow-up",
  "arrow-down",
  "arrow-right",
  "arrow-up",
  "bell",
  "calendar-clock",
  "calendar-days",
  "calendar-plus",
  "check",
  "chevron-down",
  "chevron-left",
  "chevron-right",
  "chevrons-left",
  "chevrons-right",
  "chevrons-up-down",
  "circle",
  "clipboard-check",
  "columns-3",
  "copy",
  "download",
  "file-code-corner",
  "file-image",
  "file-spreadsheet",
  "file-text",
  "file-up",
  "flag",
  "folder-kanban",
  "funnel",
  "key-round",
  "languages",
  "list-checks",
  "log-out",
  "menu",
  "merge",
  "message-square-exclamation-point",
  "minus",
  "pencil",
  "plus",
  "power",
  "printer",
  "rotate-ccw",
  "save",
  "search",
  "sliders-horizontal",
  "table-2",
  "trash",
  "triangle-exclamation-point",
  "undo-2",
  "upload",
  "user-plus",
  "users",
  "x",
] as const;

export type IconId = (typeof ICON_IDS)[number];

/** The sprite's content hash (iconSprite().version): a new sprite gets a new URL, so browsers may keep each one for a year. */
export const ICON_SPRITE_VERSION = "44941113";

/** Where pages find the sprite. */
export const ICON_SPRITE_URL = `/icons.svg?v=${ICON_SPRITE_VERSION}`;
