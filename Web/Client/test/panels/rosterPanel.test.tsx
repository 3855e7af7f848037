// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from "vitest";
import { RosterPanel } from "../../src/meetings/rosterPanel";
import { entry } from "../live/fixtures";
import { click, commands, czech, find, live, meeting, mount, type } from "./dom";

const panel = (state: ReturnType<typeof meeting>) => <RosterPanel state={state} commands={commands()} announce={() => undefined} />;

describe("the people panel", () => {
  beforeEach(czech);

  it("keeps a half-typed name of someone in the room and its focus while people arrive and leave", async () => {
    const state = meeting("Facilitator");
    const host = await mount(panel(state));
    const name = find<HTMLInputElement>(host, ".room-form input[name=name]");
    await type(name, "Jiřina Ko");

    await live(state, (s) => ({ roster: [...s.roster, entry("z", "Zdeněk")], present: new Set(["f", "z"]) }));

    expect(find(host, ".roster [data-participant=z]").textContent).toContain("Zdeněk");
    expect(find(host, ".count").textContent).toContain("2");
    expect(find<HTMLInputElement>(host, ".room-form input[name=name]")).toBe(name);
    expect(name.value).toBe("Jiřina Ko");
    expect(document.activeElement).toBe(name);
  });

  it("keeps a person's open actions and the focus in them while that person's entry changes", async () => {
    const state = meeting("Facilitator");
    const host = await mount(panel(state));
    const actions = find<HTMLDetailsElement>(host, "[data-participant=m] details");
    await click(find(actions, "summary"));
    actions.open = true;
    const mute = find<HTMLButtonElement>(actions, ".item-actions button");
    mute.focus();

    await live(state, (s) => ({ roster: s.roster.map((e) => (e.participantId === "m" ? { ...e, muted: true } : e)) }));

    expect(find(host, "[data-participant=m] .role").textContent).toContain("ztlumen");
    expect(actions.open).toBe(true);
    expect(mute.textContent).toBe("Zrušit ztlumení");
    expect(document.activeElement).toBe(mute);
  });
});
