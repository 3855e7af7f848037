import type { ReadonlySignal } from "@preact/signals";
import { useState } from "preact/hooks";
import { errorMessage } from "../errors";
import { t } from "../i18n";
import type { MeetingState } from "../live/meetingState";
import type { MeetingCommands } from "../meetings/commands";
import { mayFacilitate } from "../meetings/panel";
import type { JoinCardCodes } from "../types";

const CHOICES: JoinCardCodes[] = ["Public", "Participants", "Both"];

/**
 * The facilitator's controls for the room screen (show the join card or the ranking, blank and unblank), in the
 * workspace's programme area. The participants' code is never the default: showing it admits anyone who reads it.
 */
export function RoomControls({ meeting, commands }: { meeting: ReadonlySignal<MeetingState>; commands: MeetingCommands }) {
  const state = meeting.value;
  const [codes, setCodes] = useState<JoinCardCodes>("Public");
  const [failure, setFailure] = useState<unknown>(null);
  if (!mayFacilitate(state)) return null;
  const blanked = state.roomScreen.blanked;
  const publicOn = state.details.publicWatchEnabled;
  const run = (action: () => Promise<unknown>) => {
    setFailure(null);
    action().catch(setFailure);
  };
  return (
    <section class="panel room-controls" aria-labelledby="room-controls-title">
      <h2 id="room-controls-title">{t("room.title")}</h2>
      <p role="status" class={blanked ? "room-controls-blanked" : ""}>
        {blanked ? t("room.controls.blankedNow") : ""}
      </p>
      <div class="room-controls-row">
        <button type="button" class={blanked ? "primary" : ""} aria-pressed={blanked} onClick={() => run(() => commands.blankRoomScreen(!blanked))}>
          {t("room.controls.blank")}
        </button>
        <button type="button" onClick={() => run(() => commands.setFocus("Ranking", null))}>
          {t("room.controls.ranking")}
        </button>
      </div>
      <fieldset class="room-controls-codes">
        <legend>{t("room.controls.codes")}</legend>
        {CHOICES.map((choice) => (
          <label key={choice} class="choice">
            <input type="radio" name="room-codes" value={choice} checked={codes === choice} onChange={() => setCodes(choice)} />
            {t(`room.controls.codes.${choice}`)}
          </label>
        ))}
        {codes !== "Public" ? <p class="hint warning">{t("room.controls.participantsWarning")}</p> : null}
        {!publicOn && codes !== "Participants" ? <p class="hint">{t("room.controls.publicOff")}</p> : null}
        <button type="button" onClick={() => run(() => commands.setFocus("JoinCard", null, codes))}>
          {t("room.controls.joinCard")}
        </button>
      </fieldset>
      {failure ? (
        <p role="alert" class="alert">
          {errorMessage(failure)}
        </p>
      ) : null}
    </section>
  );
}
