import type { ReadonlySignal } from "@preact/signals";
import type { MeetingState } from "../live/meetingState";
import { usePersonalView } from "../live/personalView";
import type { MeetingCommands } from "./commands";

/** May this person see the meeting's video-call link? Observers and the public never get it (the server refuses). */
export const seesVideoCall = (state: MeetingState) => state.you.role !== "Observer" && state.details.videoCall;

/**
 * The meeting's video-call link, for participants and facilitators: details carry only whether there is one, so the
 * link is read (`GetVideoCall`) when it appears and again with every change of the details (`meetingUpdated`).
 */
export function useVideoCall(state: ReadonlySignal<MeetingState>, commands: MeetingCommands, fail: (message: string) => void): string | null {
  const s = state.value;
  return usePersonalView(() => commands.getVideoCall(), [s.details], fail, seesVideoCall(s));
}
