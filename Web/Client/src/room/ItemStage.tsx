import { formatMeetingTime } from "../format";
import { currentLanguage, t } from "../i18n";
import type { AgendaItem, MeetingDetails } from "../types";

/** An agenda item in large type: its title, who presents it and the time planned; without one, the meeting itself. */
export function ItemStage({ item, details }: { item: AgendaItem | null; details: MeetingDetails }) {
  if (!item) {
    return (
      <div class="room-centre" data-room="item">
        <h2 class="room-big">{details.title}</h2>
        <p class="room-sub">{formatMeetingTime(details.startsAt, currentLanguage())}</p>
        {details.place ? <p class="room-sub">{details.place}</p> : null}
      </div>
    );
  }
  return (
    <div class="room-centre" data-room="item">
      <h2 class="room-big">{item.title}</h2>
      {item.presenter ? (
        <p class="room-sub">
          {t("agenda.presenter")}: {item.presenter}
        </p>
      ) : null}
      <p class="room-sub">{t("agenda.planned", { minutes: item.plannedMinutes })}</p>
    </div>
  );
}
