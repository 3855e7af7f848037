import { t } from "../i18n";
import type { MeetingState } from "../live/meetingState";
import { Countdown } from "./Countdown";
import type { RoomModel } from "./roomModel";

/** Always on top: the meeting, the item under discussion, and the countdown. */
export function RoomBar({ model, state }: { model: RoomModel; state: MeetingState }) {
  const items = state.agenda.items;
  const index = items.findIndex((i) => i.id === state.agenda.currentItemId);
  return (
    <header class="room-bar">
      <div class="room-bar-text">
        <h1 class="room-meeting">{state.details.title}</h1>
        <p class="room-current">
          <span class="room-label">{t("room.now")}: </span>
          {index >= 0 ? `${index + 1}. ${items[index].title}` : t("room.noItem")}
        </p>
      </div>
      {state.timer && state.details.phase !== "Ended" ? <Countdown model={model} /> : null}
    </header>
  );
}
