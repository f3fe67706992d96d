/**
 * The app's icons as one SVG sprite (GET /icons.svg, app/icons.svg/route.ts): a <symbol> per icon,
 * drawn from the shapes lucide-react ships (each icon module's `__iconData`, the same shapes its
 * components draw). Pages draw an icon as `<svg><use href="/icons.svg?v=…#id"/></svg>`
 * (components/ui/icons.tsx), about 110 bytes, instead of every path of every icon in the HTML and
 * again in the RSC payload (a dashboard's ~50 icons were ~30 kB). Stroke and fill come from the
 * `lucide` class (app/globals.css), inherited into each <use>.
 */
import "server-only";
import { createHash } from "node:crypto";
import { ICON_IDS, type IconId } from "@/lib/icons/ids";
import * as Archive from "lucide-react/icons/archive";
import * as ArchiveArrowUp from "lucide-react/icons/archive-arrow-up";
import * as ArrowDown from "lucide-react/icons/arrow-down";
import * as ArrowRight from "lucide-react/icons/arrow-right";
import * as ArrowUp from "lucide-react/icons/arrow-up";
import * as Bell from "lucide-react/icons/bell";
import * as CalendarClock from "lucide-react/icons/calendar-clock";
import * as CalendarDays from "lucide-react/icons/calendar-days";
import * as CalendarPlus from "lucide-react/icons/calendar-plus";
import * as Check from "lucide-react/icons/check";
import * as ChevronDown from "lucide-react/icons/chevron-down";
import * as ChevronLeft from "lucide-react/icons/chevron-left";
import * as ChevronRight from "lucide-react/icons/chevron-right";
import * as ChevronsLeft from "lucide-react/icons/chevrons-left";
import * as ChevronsRight from "lucide-react/icons/chevrons-right";
import * as ChevronsUpDown from "lucide-react/icons/chevrons-up-down";
import * as Circle from "lucide-react/icons/circle";
import * as ClipboardCheck from "lucide-react/icons/clipboard-check";
import * as Columns3 from "lucide-react/icons/columns-3";
import * as Copy from "lucide-react/icons/copy";
import * as Download from "lucide-react/icons/download";
import * as FileCodeCorner from "lucide-react/icons/file-code-corner";
import * as FileImage from "lucide-react/icons/file-image";
import * as FileSpreadsheet from "lucide-react/icons/file-spreadsheet";
import * as FileText from "lucide-react/icons/file-text";
import * as FileUp from "lucide-react/icons/file-up";
import * as Flag from "lucide-react/icons/flag";
import * as FolderKanban from "lucide-react/icons/folder-kanban";
import * as Funnel from "lucide-react/icons/funnel";
import * as KeyRound from "lucide-react/icons/key-round";
import * as Languages from "lucide-react/icons/languages";
import * as ListChecks from "lucide-react/icons/list-checks";
import * as LogOut from "lucide-react/icons/log-out";
import * as Menu from "lucide-react/icons/menu";
import * as Merge from "lucide-react/icons/merge";
import * as MessageSquareExclamationPoint from "lucide-react/icons/message-square-exclamation-point";
import * as Minus from "lucide-react/icons/minus";
import * as Pencil from "lucide-react/icons/pencil";
import * as Plus from "lucide-react/icons/plus";
import * as Power from "lucide-react/icons/power";
import * as Printer from "lucide-react/icons/printer";
import * as RotateCcw from "lucide-react/icons/rotate-ccw";
import * as Save from "lucide-react/icons/save";
import * as Search from "lucide-react/icons/search";
import * as SlidersHorizontal from "lucide-react/icons/sliders-horizontal";
import * as Table2 from "lucide-react/icons/table-2";
import * as Trash from "lucide-react/icons/trash";
import * as TriangleExclamationPoint from "lucide-react/icons/triangle-exclamation-point";
import * as Undo2 from "lucide-react/icons/undo-2";
import * as Upload from "lucide-react/icons/upload";
import * as UserPlus from "lucide-react/icons/user-plus";
import * as Users from "lucide-react/icons/users";
import * as X from "lucide-react/icons/x";

/** lucide-react's shape of an icon: elements as [tag, attributes] (React attribute names; `key` is React's). */
type IconData = { name: string; node: [string, Record<string, string>][] };

const modules: Record<IconId, unknown> = {
  "archive": Archive,
  "archive-arrow-up": ArchiveArrowUp,
  "arrow-down": ArrowDown,
  "arrow-right": ArrowRight,
  "arrow-up": ArrowUp,
  "bell": Bell,
  "calendar-clock": CalendarClock,
  "calendar-days": CalendarDays,
  "calendar-plus": CalendarPlus,
  "check": Check,
  "chevron-down": ChevronDown,
  "chevron-left": ChevronLeft,
  "chevron-right": ChevronRight,
  "chevrons-left": ChevronsLeft,
  "chevrons-right": ChevronsRight,
  "chevrons-up-down": ChevronsUpDown,
  "circle": Circle,
  "clipboard-check": ClipboardCheck,
  "columns-3": Columns3,
  "copy": Copy,
  "download": Download,
  "file-code-corner": FileCodeCorner,
  "file-image": FileImage,
  "file-spreadsheet": FileSpreadsheet,
  "file-text": FileText,
  "file-up": FileUp,
  "flag": Flag,
  "folder-kanban": FolderKanban,
  "funnel": Funnel,
  "key-round": KeyRound,
  "languages": Languages,
  "list-checks": ListChecks,
  "log-out": LogOut,
  "menu": Menu,
  "merge": Merge,
  "message-square-exclamation-point": MessageSquareExclamationPoint,
  "minus": Minus,
  "pencil": Pencil,
  "plus": Plus,
  "power": Power,
  "printer": Printer,
  "rotate-ccw": RotateCcw,
  "save": Save,
  "search": Search,
  "sliders-horizontal": SlidersHorizontal,
  "table-2": Table2,
  "trash": Trash,
  "triangle-exclamation-point": TriangleExclamationPoint,
  "undo-2": Undo2,
  "upload": Upload,
  "user-plus": UserPlus,
  "users": Users,
  "x": X,
};

const attribute = (name: string) => name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
const escape = (value: string) => value.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;");

let sprite: { svg: string; version: string } | null = null;

/**
 * The sprite: `svg`, one standalone SVG document with a `<symbol id="<IconId>" viewBox="0 0 24 24">`
 * per icon of ICON_IDS, and `version`, the first 8 hex digits of its SHA-256 (ICON_SPRITE_VERSION
 * must equal it: lib/icons/sprite.test.ts). Throws when an icon module has no shapes (a lucide-react
 * upgrade that renamed it).
 */
export function iconSprite(): { svg: string; version: string } {
  if (sprite) return sprite;
  const symbols = ICON_IDS.map((id) => {
    const data = (modules[id] as { __iconData?: IconData }).__iconData;
    if (!data?.node?.length) throw new Error(`lucide-react has no shapes for the icon "${id}"`);
    const shapes = data.node
      .map(([tag, attrs]) => `<${tag}${Object.entries(attrs)
        .filter(([name]) => name !== "key")
        .map(([name, value]) => ` ${attribute(name)}="${escape(String(value))}"`)
        .join("")}/>`)
      .join("");
    return `<symbol id="${id}" viewBox="0 0 24 24">${shapes}</symbol>`;
  });
  const svg = `<svg xmlns="http://www.w3.org/2000/svg">${symbols.join("")}</svg>`;
  sprite = { svg, version: createHash("sha256").update(svg).digest("hex").slice(0, 8) };
  return sprite;
}
