import type { MeetingState } from "../live/meetingState";

export const isFacilitator = (state: MeetingState) => state.you.role === "Facilitator";

/** May the person take part (not observer, not muted, meeting not ended)? */
export const mayContribute = (state: MeetingState) =>
  state.you.role !== "Observer" && !state.you.muted && state.details.phase !== "Ended";

/** May the person download the meeting's records (minutes, vision)? Observers may not: they are for its members. */
export const mayDownloadRecords = (state: MeetingState) => state.you.role !== "Observer";

/** May the person run the meeting now? */
export const mayFacilitate = (state: MeetingState) => isFacilitator(state) && state.details.phase !== "Ended";
