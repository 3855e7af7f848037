import type { ReadonlySignal } from "@preact/signals";
import { useState } from "preact/hooks";
import { useId } from "../ui/uniqueId";
import { t } from "../i18n";
import type { MeetingState } from "../live/meetingState";
import { Alert, Field, useAlert } from "../ui/components";
import type { MeetingCommands } from "./commands";

/** The maximum length of a video-call link, as the server's VideoCallRules.MaxLength. */
const VIDEO_CALL_MAX = 500;

/**
 * The facilitator's hybrid-meeting settings: the video-call link (participants and facilitators see it in the live
 * bar) and the place in the room. Both are sent together (`setHybrid`); what was typed stays while events come.
 */
export function HybridForm({ state, commands, videoCall }: { state: ReadonlySignal<MeetingState>; commands: MeetingCommands; videoCall: string | null }) {
  const details = state.value.details;
  const id = useId();
  const [link, setLink] = useState<string | null>(null);
  const [room, setRoom] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const alert = useAlert();
  const ended = details.phase === "Ended";
  const save = (event: Event) => {
    event.preventDefault();
    setSaved(false);
    void alert.run(async () => {
      await commands.execute({ type: "setHybrid", videoCall: (link ?? videoCall ?? "").trim() || null, room: (room ?? details.room ?? "").trim() || null });
      setLink(null);
      setRoom(null);
      setSaved(true);
    });
  };
  return (
    <section class="panel hybrid-settings" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t("hybrid.title")}</h2>
      <p class="hint">{t("hybrid.intro")}</p>
      <form onSubmit={save}>
        <Field id={`${id}-link`} label={t("hybrid.videoCall")} hint={t("hybrid.videoCallHint")}>
          <input
            id={`${id}-link`}
            type="url"
            inputMode="url"
            autocomplete="off"
            placeholder="https://"
            maxLength={VIDEO_CALL_MAX}
            value={link ?? videoCall ?? ""}
            disabled={ended}
            onInput={(e) => setLink((e.target as HTMLInputElement).value)}
          />
        </Field>
        <Field id={`${id}-room`} label={t("hybrid.room")} hint={t("hybrid.roomHint")}>
          <input
            id={`${id}-room`}
            type="text"
            autocomplete="off"
            maxLength={300}
            value={room ?? details.room ?? ""}
            disabled={ended}
            onInput={(e) => setRoom((e.target as HTMLInputElement).value)}
          />
        </Field>
        <button type="submit" disabled={ended}>
          {t("hybrid.save")}
        </button>
        <p role="status" class="hint">
          {saved ? t("hybrid.saved") : ""}
        </p>
        <Alert message={alert.message} />
      </form>
    </section>
  );
}
