import { t } from "../i18n";
import type { RosterEntry } from "../types";
import { roleLabel } from "../ui/labels";

/**
 * A person's name as this viewer may see it. The server sends an observer each person's public name (docs/protocol.md,
 * "Who the public sees"); one who shows neither name nor role comes without one and is shown as the kind of attendee.
 */
export function shownName(entry: RosterEntry | undefined): string {
  if (!entry) return "?";
  if (entry.displayName) return entry.displayName;
  return entry.role === "Facilitator" ? roleLabel("Facilitator") : t(`attendeeKind.${entry.kind}`);
}

/** The name of a participant by id, from the roster the viewer holds. */
export function nameIn(roster: readonly RosterEntry[], participantId: string): string {
  return shownName(roster.find((e) => e.participantId === participantId));
}
