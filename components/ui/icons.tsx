/**
 * The app's icons: each draws `<svg class="lucide …"><use href="/icons.svg?v=…#id"/></svg>`, a
 * reference into one cached sprite (lib/icons/sprite.ts) instead of the icon's paths in every
 * page's HTML and RSC payload. Each also carries `lucide-<id>` (what it draws), as lucide-react's do. Same names and props as lucide-react's components (the app passes
 * className and aria attributes; 24 px unless a size class says otherwise); hidden from assistive technology unless given a label.
 * Usable from server and client components.
 */
import type { SVGProps } from "react";
import { ICON_SPRITE_URL, type IconId } from "@/lib/icons/ids";
import { cn } from "@/lib/utils";

export type IconProps = SVGProps<SVGSVGElement>;

function spriteIcon(id: IconId, name: string) {
  function Icon({ className, ...props }: IconProps) {
    const labelled = props["aria-label"] !== undefined || props["aria-labelledby"] !== undefined;
    return (
      <svg viewBox="0 0 24 24" aria-hidden={labelled ? undefined : true} {...props} className={cn("lucide", `lucide-${id}`, className)}>
        <use href={`${ICON_SPRITE_URL}#${id}`} />
      </svg>
    );
  }
  Icon.displayName = name;
  return Icon;
}

export const AlertTriangle = spriteIcon("triangle-exclamation-point", "AlertTriangle");
export const Archive = spriteIcon("archive", "Archive");
export const ArchiveRestore = spriteIcon("archive-arrow-up", "ArchiveRestore");
export const ArrowDown = spriteIcon("arrow-down", "ArrowDown");
export const ArrowRight = spriteIcon("arrow-right", "ArrowRight");
export const ArrowUp = spriteIcon("arrow-up", "ArrowUp");
export const Bell = spriteIcon("bell", "Bell");
export const CalendarClock = spriteIcon("calendar-clock", "CalendarClock");
export const CalendarDays = spriteIcon("calendar-days", "CalendarDays");
export const CalendarPlus = spriteIcon("calendar-plus", "CalendarPlus");
export const Check = spriteIcon("check", "Check");
export const CheckIcon = spriteIcon("check", "CheckIcon");
export const ChevronDown = spriteIcon("chevron-down", "ChevronDown");
export const ChevronLeft = spriteIcon("chevron-left", "ChevronLeft");
export const ChevronRight = spriteIcon("chevron-right", "ChevronRight");
export const ChevronsLeft = spriteIcon("chevrons-left", "ChevronsLeft");
export const ChevronsRight = spriteIcon("chevrons-right", "ChevronsRight");
export const ChevronsUpDown = spriteIcon("chevrons-up-down", "ChevronsUpDown");
export const CircleIcon = spriteIcon("circle", "CircleIcon");
export const ClipboardCheck = spriteIcon("clipboard-check", "ClipboardCheck");
export const Columns3 = spriteIcon("columns-3", "Columns3");
export const Copy = spriteIcon("copy", "Copy");
export const Download = spriteIcon("download", "Download");
export const FileCode2 = spriteIcon("file-code-corner", "FileCode2");
export const FileImage = spriteIcon("file-image", "FileImage");
export const FileSpreadsheet = spriteIcon("file-spreadsheet", "FileSpreadsheet");
export const FileText = spriteIcon("file-text", "FileText");
export const FileUp = spriteIcon("file-up", "FileUp");
export const Filter = spriteIcon("funnel", "Filter");
export const Flag = spriteIcon("flag", "Flag");
export const FolderKanban = spriteIcon("folder-kanban", "FolderKanban");
export const KeyRound = spriteIcon("key-round", "KeyRound");
export const Languages = spriteIcon("languages", "Languages");
export const ListChecks = spriteIcon("list-checks", "ListChecks");
export const LogOut = spriteIcon("log-out", "LogOut");
export const Menu = spriteIcon("menu", "Menu");
export const Merge = spriteIcon("merge", "Merge");
export const MessageSquareWarning = spriteIcon("message-square-exclamation-point", "MessageSquareWarning");
export const MinusIcon = spriteIcon("minus", "MinusIcon");
export const Pencil = spriteIcon("pencil", "Pencil");
export const Plus = spriteIcon("plus", "Plus");
export const Power = spriteIcon("power", "Power");
export const Printer = spriteIcon("printer", "Printer");
export const RotateCcw = spriteIcon("rotate-ccw", "RotateCcw");
export const Save = spriteIcon("save", "Save");
export const Search = spriteIcon("search", "Search");
export const SearchIcon = spriteIcon("search", "SearchIcon");
export const SlidersHorizontal = spriteIcon("sliders-horizontal", "SlidersHorizontal");
export const Table2 = spriteIcon("table-2", "Table2");
export const Trash2 = spriteIcon("trash", "Trash2");
export const Undo2 = spriteIcon("undo-2", "Undo2");
export const Upload = spriteIcon("upload", "Upload");
export const UserPlus = spriteIcon("user-plus", "UserPlus");
export const Users = spriteIcon("users", "Users");
export const X = spriteIcon("x", "X");
export const XIcon = spriteIcon("x", "XIcon");
