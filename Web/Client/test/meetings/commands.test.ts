import { describe, expect, it } from "vitest";
import { MeetingCommands } from "../../src/meetings/commands";
import type { MeetingHubAccess } from "../../src/live/meetingChannel";

/** A hub that records what is invoked and answers a seq. */
function recordingHub() {
  const calls: { method: string; args: unknown[] }[] = [];
  const hub = {
    invoke: (method: string, ...args: unknown[]) => {
      calls.push({ method, args });
      return Promise.resolve(57);
    },
    on: () => () => {},
    onJoined: () => () => {},
  } as unknown as MeetingHubAccess;
  return { hub, calls };
}

describe("meeting commands", () => {
  it("go through the hub's one Execute method, the meeting's id first and the kind in type", async () => {
    const { hub, calls } = recordingHub();
    const commands = new MeetingCommands(hub, "5b0c");

    expect(await commands.startTimer(300, "Diskuse")).toBe(57);
    await commands.pauseTimer();
    await commands.execute({ type: "giveFloor", participantId: "9e41" });

    expect(calls).toEqual([
      { method: "Execute", args: ["5b0c", { type: "startTimer", seconds: 300, label: "Diskuse" }] },
      { method: "Execute", args: ["5b0c", { type: "pauseTimer" }] },
      { method: "Execute", args: ["5b0c", { type: "giveFloor", participantId: "9e41" }] },
    ]);
  });

  it("reads stay hub methods of their own", async () => {
    const { hub, calls } = recordingHub();
    await new MeetingCommands(hub, "5b0c").getBoard();
    expect(calls).toEqual([{ method: "GetBoard", args: ["5b0c"] }]);
  });
});
