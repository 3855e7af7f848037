import type { Focus } from "../types";

/** The meeting workspace's areas, in the order of its navigation; each has its own URL (`/meetings/{id}/{area}`). */
export const AREAS = ["program", "vision", "polls", "proposals", "questions", "minutes", "people", "invitations", "settings"] as const;
export type Area = (typeof AREAS)[number];

/** The area `/meetings/{id}` opens. */
export const DEFAULT_AREA: Area = "program";

/** Who sees which areas: invitations need a signed-in organizer who leads the meeting; settings the facilitator. */
export interface AreaAccess {
  facilitator: boolean;
  organizer: boolean;
}

export function areasFor(access: AreaAccess): Area[] {
  return AREAS.filter((area) => (area === "invitations" ? access.facilitator && access.organizer : area === "settings" ? access.facilitator : true));
}

/** The area a path segment names, if the person may open it; otherwise the default area. */
export function resolveArea(segment: string | undefined, access: AreaAccess): Area {
  const known = areasFor(access).find((a) => a === segment);
  return known ?? DEFAULT_AREA;
}

export function areaPath(meetingId: string, area: Area): string {
  return `/meetings/${encodeURIComponent(meetingId)}/${area}`;
}

/**
 * The area where what is shown to everyone lives: an agenda item in the program, a section in the vision, a poll in
 * polls, the dot-vote ranking in proposals; the join card is for the room only.
 */
export function areaOfFocus(focus: Focus): Area | null {
  switch (focus.kind) {
    case "AgendaItem":
      return "program";
    case "Section":
      return "vision";
    case "Poll":
      return "polls";
    case "Ranking":
      return "proposals";
    case "JoinCard":
    case "Question":
    case "WordCloud":
    case "None":
      return null;
  }
}
