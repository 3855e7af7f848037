import { beforeEach, describe, expect, it } from "vitest";
import { useTexts } from "../../src/i18n";
import type { MeetingEvent } from "../../src/live/events";
import { fromSnapshot, type MeetingState } from "../../src/live/meetingState";
import { announcementsFor, countdownAnnouncement } from "../../src/meetings/announcements";
import { areaOfFocus, areaPath, areasFor, resolveArea } from "../../src/meetings/areas";
import { countdownAction, nextItemId, nextSpeakerId, showAction } from "../../src/meetings/quickActions";
import { isTyping, setShortcutsEnabled, shortcutFor, shortcutLabel, shortcutsEnabled } from "../../src/meetings/shortcuts";
import type { AgendaItem, PollView } from "../../src/types";
import { details, entry, snapshot } from "../live/fixtures";

const item = (id: string, plannedMinutes = 10): AgendaItem =>
  ({ id, title: `Bod ${id}`, presenter: null, plannedMinutes, kind: "Discussion", spentMs: 0 }) as AgendaItem;

const state = (change: Partial<MeetingState> = {}): MeetingState => ({
  ...fromSnapshot({ ...snapshot(1, ["f"], [entry("f", "Petra"), entry("m", "Marie")]), details: details("Live") }),
  agenda: { items: [item("a"), item("b", 30), item("c")], currentItemId: null, currentSince: null },
  ...change,
});

describe("areas", () => {
  it("offers invitations to the organizer who leads and settings to the facilitator only", () => {
    expect(areasFor({ facilitator: false, organizer: false })).toEqual(["program", "vision", "polls", "proposals", "questions", "minutes", "people"]);
    expect(areasFor({ facilitator: true, organizer: false })).toContain("settings");
    expect(areasFor({ facilitator: true, organizer: false })).not.toContain("invitations");
    expect(areasFor({ facilitator: true, organizer: true })).toContain("invitations");
  });

  it("opens the programme for no area, an unknown one or one the person may not open", () => {
    const participant = { facilitator: false, organizer: false };
    expect(resolveArea(undefined, participant)).toBe("program");
    expect(resolveArea("polls", participant)).toBe("polls");
    expect(resolveArea("settings", participant)).toBe("program");
    expect(resolveArea("nonsense", participant)).toBe("program");
    expect(areaPath("m 1", "minutes")).toBe("/meetings/m%201/minutes");
  });

  it("finds where what is shown lives", () => {
    const since = "2026-05-26T11:00:00+00:00";
    expect(areaOfFocus({ kind: "AgendaItem", targetId: "a", since, codes: "None" })).toBe("program");
    expect(areaOfFocus({ kind: "Section", targetId: "s", since, codes: "None" })).toBe("vision");
    expect(areaOfFocus({ kind: "Poll", targetId: "p", since, codes: "None" })).toBe("polls");
    expect(areaOfFocus({ kind: "None", targetId: null, since, codes: "None" })).toBeNull();
  });
});

describe("shortcuts", () => {
  const press = (code: string, mods: { alt?: boolean; shift?: boolean; ctrl?: boolean; meta?: boolean; repeat?: boolean } = {}) => ({
    code,
    altKey: mods.alt ?? true,
    shiftKey: mods.shift ?? true,
    ctrlKey: mods.ctrl ?? false,
    metaKey: mods.meta ?? false,
    repeat: mods.repeat ?? false,
  });

  it("map Alt+Shift with a letter to the facilitator's actions, by the physical key", () => {
    expect(shortcutFor(press("KeyN"))).toBe("nextItem");
    expect(shortcutFor(press("KeyC"))).toBe("countdown");
    expect(shortcutFor(press("KeyF"))).toBe("floor");
    expect(shortcutFor(press("KeyS"))).toBe("show");
    expect(shortcutLabel("nextItem")).toBe("Alt+Shift+N");
  });

  it("never fire on a single letter, another modifier or a held key", () => {
    expect(shortcutFor(press("KeyN", { alt: false, shift: false }))).toBeNull();
    expect(shortcutFor(press("KeyN", { shift: false }))).toBeNull();
    expect(shortcutFor(press("KeyN", { alt: false }))).toBeNull();
    expect(shortcutFor(press("KeyN", { ctrl: true }))).toBeNull();
    expect(shortcutFor(press("KeyN", { meta: true }))).toBeNull();
    expect(shortcutFor(press("KeyN", { repeat: true }))).toBeNull();
    expect(shortcutFor(press("KeyQ"))).toBeNull();
  });

  it("know when someone is typing", () => {
    const el = (tagName: string, extra: Record<string, unknown> = {}) => ({ tagName, ...extra }) as unknown as Element;
    expect(isTyping(el("INPUT", { type: "text" }))).toBe(true);
    expect(isTyping(el("INPUT", { type: "number" }))).toBe(true);
    expect(isTyping(el("INPUT", { type: "checkbox" }))).toBe(false);
    expect(isTyping(el("TEXTAREA"))).toBe(true);
    expect(isTyping(el("SELECT"))).toBe(true);
    expect(isTyping(el("DIV", { isContentEditable: true }))).toBe(true);
    expect(isTyping(el("BUTTON"))).toBe(false);
    expect(isTyping(null)).toBe(false);
  });

  it("are on until turned off, and the choice is remembered", () => {
    const store = new Map<string, string>();
    const storage = { getItem: (k: string) => store.get(k) ?? null, setItem: (k: string, v: string) => void store.set(k, v) };
    expect(shortcutsEnabled(storage)).toBe(true);
    setShortcutsEnabled(false, storage);
    expect(shortcutsEnabled(storage)).toBe(false);
    setShortcutsEnabled(true, storage);
    expect(shortcutsEnabled(storage)).toBe(true);
  });
});

describe("quick actions", () => {
  it("move to the next item, the first when none is current, none after the last", () => {
    const s = state();
    expect(nextItemId(s.agenda)).toBe("a");
    expect(nextItemId({ ...s.agenda, currentItemId: "a" })).toBe("b");
    expect(nextItemId({ ...s.agenda, currentItemId: "c" })).toBeNull();
  });

  it("start the countdown for the current item's planned time, pause it while it runs, resume it when paused", () => {
    expect(countdownAction(state())).toBeNull();
    const current = state({ agenda: { ...state().agenda, currentItemId: "b" } });
    expect(countdownAction(current)).toEqual({ kind: "start", seconds: 1800, label: "Bod b" });
    const timer = { label: null, speakerId: null, durationMs: 60_000, remainingMs: 30_000, endsAt: null, finished: false, running: false };
    expect(countdownAction({ ...current, timer: { ...timer, endsAt: "2026-05-26T11:01:00+00:00", running: true } })).toEqual({ kind: "pause" });
    expect(countdownAction({ ...current, timer })).toEqual({ kind: "resume" });
    expect(countdownAction({ ...current, timer: { ...timer, remainingMs: 0, finished: true } })?.kind).toBe("start");
  });

  it("give the floor to the first raised hand and show or stop showing the current item", () => {
    const raised = (participantId: string) => ({ participantId, raisedAt: "2026-05-26T11:00:00+00:00" });
    expect(nextSpeakerId(state())).toBeNull();
    expect(nextSpeakerId(state({ speakers: { queue: [raised("m"), raised("f")], floor: null, limitSeconds: null, turns: [] } }))).toBe("m");
    expect(showAction(state())).toBeNull();
    const current = state({ agenda: { ...state().agenda, currentItemId: "b" } });
    expect(showAction(current)).toEqual({ kind: "showItem", itemId: "b" });
    expect(showAction({ ...current, focus: { kind: "Poll", targetId: "p", since: "2026-05-26T11:00:00+00:00" , codes: "None" } })).toEqual({ kind: "hide" });
  });
});

describe("announcements", () => {
  beforeEach(() =>
    useTexts("cs", {
      "workspace.itemNow": "Nyní: {title}",
      "workspace.pollOpened": "Začalo: {question}",
      "workspace.pollClosed": "Skončilo: {question}",
      "workspace.oneMinuteLeft": "Zbývá minuta.",
      "speakers.yourTurn": "Máte slovo.",
      "timer.finished": "Čas vypršel: {label}",
      "timer.title": "Časomíra",
    }),
  );
  const none: MeetingEvent[] = [];
  const poll = (phase: PollView["phase"]) => ({ id: "p", phase, draft: { question: "Souhlas?" } }) as PollView;

  it("say the current item, the floor given to you, a poll opening and closing, the countdown's end", () => {
    const before = state();
    expect(announcementsFor(before, { ...before, agenda: { ...before.agenda, currentItemId: "b" } }, none)).toEqual(["Nyní: Bod b"]);
    const floor = { participantId: "f", since: "2026-05-26T11:00:00+00:00", limitSeconds: null };
    expect(announcementsFor(before, { ...before, speakers: { ...before.speakers, floor } }, none)).toEqual(["Máte slovo."]);
    expect(announcementsFor(before, { ...before, speakers: { ...before.speakers, floor: { ...floor, participantId: "m" } } }, none)).toEqual([]);
    const drafted = { ...before, polls: [poll("Draft")] };
    expect(announcementsFor(before, drafted, none)).toEqual([]);
    const open = { ...before, polls: [poll("Open")] };
    expect(announcementsFor(drafted, open, none)).toEqual(["Začalo: Souhlas?"]);
    expect(announcementsFor(open, { ...before, polls: [poll("Closed")] }, none)).toEqual(["Skončilo: Souhlas?"]);
    const timer = { label: null, speakerId: null, durationMs: 3000, remainingMs: 0, endsAt: null, finished: true, running: false };
    expect(announcementsFor(before, { ...before, timer }, none)).toEqual(["Čas vypršel: Časomíra"]);
    expect(announcementsFor({ ...before, timer }, { ...before, timer }, none)).toEqual([]);
  });

  it("say the last minute once, when a running countdown passes it, not every second", () => {
    expect(countdownAnnouncement(60_400, 59_900)).toBe("Zbývá minuta.");
    expect(countdownAnnouncement(59_900, 59_400)).toBeNull();
    expect(countdownAnnouncement(null, 59_000)).toBeNull(); // started below a minute
    expect(countdownAnnouncement(120_000, 119_500)).toBeNull();
    expect(countdownAnnouncement(61_000, null)).toBeNull();
  });
});
