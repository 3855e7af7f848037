import { t } from "../i18n";
import type { MeetingState } from "../live/meetingState";
import { nameIn } from "../meetings/names";

/** How many of the queue the strip names after the one who speaks. */
const NEXT_SHOWN = 3;

/** At the bottom: who has the floor and who is next. */
export function SpeakersStrip({ state }: { state: MeetingState }) {
  if (state.details.phase === "Ended") return null;
  const nameOf = (id: string) => nameIn(state.roster, id);
  const floor = state.speakers.floor;
  const next = state.speakers.queue.slice(0, NEXT_SHOWN);
  return (
    <section class="room-speakers" aria-label={t("speakers.title")}>
      <p class="room-floor">
        {floor ? (
          <>
            <span class="room-label">{t("room.floor")}: </span>
            <strong>{nameOf(floor.participantId)}</strong>
          </>
        ) : (
          t("speakers.nobody")
        )}
      </p>
      {next.length > 0 ? (
        <p class="room-next">
          <span class="room-label">{t("room.next")}: </span>
          {next.map((h) => nameOf(h.participantId)).join(", ")}
          {state.speakers.queue.length > NEXT_SHOWN ? ` (+${state.speakers.queue.length - NEXT_SHOWN})` : ""}
        </p>
      ) : null}
    </section>
  );
}
