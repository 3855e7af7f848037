/**
 * The facilitator's keyboard shortcuts. Each is Alt+Shift with a letter, matched by the physical key
 * (`event.code`), so it is the same on Czech and English layouts and on a Mac (where Option+Shift types a
 * character). No single unmodified letter: screen readers use those to move through a page (docs/architecture.md,
 * "Keyboard shortcuts").
 */
export const SHORTCUT_ACTIONS = ["nextItem", "countdown", "floor", "show"] as const;
export type ShortcutAction = (typeof SHORTCUT_ACTIONS)[number];

const KEYS: Record<ShortcutAction, string> = { nextItem: "KeyN", countdown: "KeyC", floor: "KeyF", show: "KeyS" };

/** What a shortcut looks like in the list ("Alt+Shift+N"). */
export const shortcutLabel = (action: ShortcutAction) => `Alt+Shift+${KEYS[action].slice(3)}`;

/** The parts of a keyboard event a shortcut depends on. */
export interface KeyPress {
  code: string;
  altKey: boolean;
  shiftKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
  repeat?: boolean;
}

export function shortcutFor(press: KeyPress): ShortcutAction | null {
  if (!press.altKey || !press.shiftKey || press.ctrlKey || press.metaKey || press.repeat) return null;
  return SHORTCUT_ACTIONS.find((action) => KEYS[action] === press.code) ?? null;
}

/** Is someone typing in this element (a field, a select, the editor)? Shortcuts and follow mode leave them be. */
export function isTyping(element: Element | null): boolean {
  if (!element) return false;
  const tag = element.tagName;
  if (tag === "TEXTAREA" || tag === "SELECT") return true;
  if (tag === "INPUT") {
    const type = (element as HTMLInputElement).type;
    return !["button", "submit", "reset", "checkbox", "radio", "range", "color", "file", "image"].includes(type);
  }
  return (element as HTMLElement).isContentEditable === true;
}

const STORAGE_KEY = "cp.shortcuts";

/** Shortcuts are on unless the person turned them off in this browser. */
export function shortcutsEnabled(storage: Pick<Storage, "getItem"> | null = safeStorage()): boolean {
  return storage?.getItem(STORAGE_KEY) !== "off";
}

export function setShortcutsEnabled(enabled: boolean, storage: Pick<Storage, "setItem"> | null = safeStorage()): void {
  try {
    storage?.setItem(STORAGE_KEY, enabled ? "on" : "off");
  } catch {
    // Storage full or refused: the choice lasts for this page only.
  }
}

function safeStorage(): Storage | null {
  try {
    return localStorage;
  } catch {
    return null;
  }
}
