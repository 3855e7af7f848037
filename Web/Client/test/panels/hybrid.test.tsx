// @vitest-environment happy-dom
import { signal, type Signal } from "@preact/signals";
import { act } from "preact/test-utils";
import { beforeEach, describe, expect, it } from "vitest";
import type { MeetingState } from "../../src/live/meetingState";
import type { MeetingCommands } from "../../src/meetings/commands";
import { HybridForm } from "../../src/meetings/hybridForm";
import { LiveBar } from "../../src/meetings/liveBar";
import { useVideoCall } from "../../src/meetings/videoCall";
import { JoinCardStage } from "../../src/room/JoinCardStage";
import type { MeetingCommand } from "../../src/contract.generated";
import { click, commands, czech, find, live, meeting, mount, type } from "./dom";

const LINK = "https://meet.example.org/kpss-seniori";
const ROOM = "zasedací místnost 2. patro";

/** The live bar as the workspace gives it the link. */
function Bar({ state, cmds }: { state: Signal<MeetingState>; cmds: MeetingCommands }) {
  const videoCall = useVideoCall(state, cmds, (m) => {
    throw new Error(m);
  });
  return (
    <LiveBar state={state} now={signal(0)} status={signal("connected")} there nameOf={() => "?"} nameOfFocus={() => undefined} goThere={() => {}} videoCall={videoCall} />
  );
}

const hybrid = (s: MeetingState, room: string | null = ROOM): Partial<MeetingState> => ({ details: { ...s.details, videoCall: true, room } });

describe("a hybrid meeting", () => {
  beforeEach(czech);

  it("shows a participant the room and the video call, read again when the details change", async () => {
    const state = meeting("Participant");
    let reads = 0;
    const host = await mount(<Bar state={state} cmds={commands({ getVideoCall: () => Promise.resolve(`${LINK}/${++reads}`) })} />);
    expect(host.querySelector(".live-hybrid")).toBeNull();
    expect(reads).toBe(0);

    await live(state, (s) => hybrid(s));
    await act(() => Promise.resolve());
    const link = find<HTMLAnchorElement>(host, ".live-hybrid a.live-video-call");
    expect(link.getAttribute("href")).toBe(`${LINK}/1`);
    expect(link.textContent).toBe("Připojit se k videohovoru");
    expect(link.rel).toContain("noopener");
    expect(find(host, ".live-room").textContent).toBe(ROOM);

    await live(state, (s) => hybrid(s, "velký sál"));
    await act(() => Promise.resolve());
    expect(find<HTMLAnchorElement>(host, "a.live-video-call").getAttribute("href")).toBe(`${LINK}/2`);
  });

  it("never asks for the link as an observer, and shows the room only", async () => {
    const state = meeting("Observer");
    let reads = 0;
    const host = await mount(<Bar state={state} cmds={commands({ getVideoCall: () => Promise.resolve(`${LINK}/${++reads}`) })} />);
    await live(state, (s) => hybrid(s));
    await act(() => Promise.resolve());

    expect(reads).toBe(0);
    expect(find(host, ".live-room").textContent).toBe(ROOM);
    expect(host.querySelector("a.live-video-call")).toBeNull();
    expect(host.innerHTML).not.toContain("https://");
  });

  it("keeps the facilitator's half-typed link through a live event and sends both settings trimmed", async () => {
    const state = meeting("Facilitator");
    const sent: MeetingCommand[] = [];
    const host = await mount(<HybridForm state={state} commands={commands({ execute: (c: MeetingCommand) => (sent.push(c), Promise.resolve(2)) })} videoCall={null} />);
    const [linkField, roomField] = [...host.querySelectorAll<HTMLInputElement>("input")];
    await type(linkField!, LINK);
    await live(state, (s) => ({ details: { ...s.details, room: "velký sál" } }));

    expect(host.querySelectorAll("input")[0]).toBe(linkField);
    expect(linkField!.value).toBe(LINK);
    expect(document.activeElement).toBe(linkField);
    expect(roomField!.value).toBe("velký sál");
    await type(roomField!, ` ${ROOM} `);
    await click(find(host, "button[type=submit]"));
    await act(() => Promise.resolve());

    expect(sent).toEqual([{ type: "setHybrid", videoCall: LINK, room: ROOM }]);
    expect(find(host, "[role=status]").textContent).toBe("Uloženo.");
  });

  it("tells those at home how to join on the room screen's card, without any link", async () => {
    const host = await mount(<JoinCardStage card={{ publicCode: "C24N9R", participantsCode: null }} remote />);
    expect(find(host, "[data-room=join-remote]").textContent).toContain("Jste doma?");
    expect(host.querySelector("a")).toBeNull();
    expect(host.textContent).not.toContain("https://");

    const plain = await mount(<JoinCardStage card={{ publicCode: "C24N9R", participantsCode: null }} />);
    expect(plain.querySelector("[data-room=join-remote]")).toBeNull();
  });
});
