import { signal, type Signal } from "@preact/signals";
import { render, type VNode } from "preact";
import { act } from "preact/test-utils";
import cs from "../../../Resources/UiText.cs.resx?raw";
import { useTexts } from "../../src/i18n";
import { fromSnapshot, type MeetingState } from "../../src/live/meetingState";
import type { MeetingCommands } from "../../src/meetings/commands";
import type { MeetingDetails, RosterEntry } from "../../src/types";
import { details, entry, snapshot } from "../live/fixtures";
import { textsOf } from "../resx";

// Panels rendered into a DOM (happy-dom, named by each test file), driven as the page drives them: a signal of the
// meeting's state that live events replace, and commands that answer at once.

export function czech(): void {
  useTexts("cs", textsOf(cs));
}

/** A meeting that runs, seen by `you` (the first of the roster) in a role. */
export function meeting(role: RosterEntry["role"], change: Partial<MeetingState> = {}, phase: MeetingDetails["phase"] = "Live"): Signal<MeetingState> {
  const roster = [{ ...entry("f", "Petra"), role }, entry("m", "Marie"), entry("k", "Karel")];
  return signal({ ...fromSnapshot({ ...snapshot(1, ["f", "m", "k"], roster), details: details(phase) }), ...change });
}

/** Commands that succeed, with the ones a test watches given. */
export function commands(given: Partial<Record<keyof MeetingCommands, (...args: never[]) => unknown>> = {}): MeetingCommands {
  return new Proxy({} as MeetingCommands, { get: (_, name: string) => given[name as keyof MeetingCommands] ?? (() => Promise.resolve(1)) });
}

/** Renders a panel into the page's body and waits for it. */
export async function mount(panel: VNode): Promise<HTMLElement> {
  const host = document.createElement("div");
  document.body.replaceChildren(host);
  await act(() => render(panel, host));
  return host;
}

/** A live event: the state changes, and the components that read it render again. */
export async function live(state: Signal<MeetingState>, change: (s: MeetingState) => Partial<MeetingState>): Promise<void> {
  await act(() => {
    state.value = { ...state.value, ...change(state.value), seq: state.value.seq + 1 };
  });
}

/** Types into a field as a person does: focus, then input events; half-typed, nothing submitted. */
export async function type(field: HTMLInputElement | HTMLTextAreaElement, text: string): Promise<void> {
  await act(() => {
    field.focus();
    for (let i = 1; i <= text.length; i++) {
      field.value = text.slice(0, i);
      field.dispatchEvent(new Event("input", { bubbles: true }));
    }
  });
}

export async function click(el: HTMLElement): Promise<void> {
  await act(() => {
    el.focus();
    el.click();
  });
}

export function find<T extends HTMLElement = HTMLElement>(root: ParentNode, selector: string): T {
  const el = root.querySelector<T>(selector);
  if (!el) throw new Error(`Nothing matches ${selector}`);
  return el;
}
