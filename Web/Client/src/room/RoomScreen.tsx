import { useEffect } from "preact/hooks";
import { errorMessage } from "../errors";
import { t } from "../i18n";
import { ReactionsLayer } from "./ReactionsLayer";
import { RoomBar } from "./RoomBar";
import type { RoomModel } from "./roomModel";
import { SpeakersStrip } from "./SpeakersStrip";
import { Stage } from "./Stage";
import "./room.css";

/** The whole room screen: the bar (meeting, current item, countdown), what is shown, and the speakers. */
export function RoomScreen({ model, ready }: { model: RoomModel; ready: () => void }) {
  const state = model.state.value;
  const failed = model.failed.value;
  const loaded = state !== null || failed !== null;
  useEffect(() => {
    if (loaded) ready();
  }, [loaded, state?.details.title]);

  if (failed) {
    return (
      <div class="room room-message">
        <h1>{t("error.pageTitle")}</h1>
        <p role="alert">{errorMessage(failed)}</p>
      </div>
    );
  }
  if (!state) {
    return (
      <div class="room room-message">
        <h1>{t("room.title")}</h1>
        <p role="status">{t("common.loading")}</p>
      </div>
    );
  }
  // Blanked: nothing but black, at once; what was shown comes back on unblanking.
  if (state.roomScreen.blanked) {
    return (
      <div class="room room-blank" data-room="blank">
        <h1 class="visually-hidden">{state.details.title}</h1>
        <p class="visually-hidden" role="status">
          {t("room.blanked")}
        </p>
      </div>
    );
  }
  return (
    <div class="room">
      <RoomBar model={model} state={state} />
      <Stage model={model} state={state} />
      <SpeakersStrip state={state} />
      <ReactionsLayer burst={state.reactions} />
    </div>
  );
}
