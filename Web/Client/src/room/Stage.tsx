import { useRef } from "preact/hooks";
import { t } from "../i18n";
import { shownFocus, type MeetingState } from "../live/meetingState";
import { ItemStage } from "./ItemStage";
import { JoinCardStage } from "./JoinCardStage";
import { PollStage } from "./PollStage";
import { QuestionStage } from "./QuestionStage";
import { RankingStage } from "./RankingStage";
import type { RoomModel } from "./roomModel";
import { SectionStage } from "./SectionStage";
import { WordCloudStage } from "./WordCloudStage";
import { useFit } from "./useFit";

/** The middle of the screen: whatever the facilitator shows; with nothing shown the public join card, else the item. */
export function Stage({ model, state }: { model: RoomModel; state: MeetingState }) {
  const ref = useRef<HTMLDivElement>(null);
  useFit(ref);
  return (
    <div class="room-stage" ref={ref}>
      <Shown model={model} state={state} />
    </div>
  );
}

function Shown({ model, state }: { model: RoomModel; state: MeetingState }) {
  if (state.details.phase === "Ended") {
    return (
      <div class="room-centre" data-room="ended">
        <h2 class="room-big">{t("room.ended")}</h2>
      </div>
    );
  }
  const focus = shownFocus(state);
  const current = state.agenda.items.find((i) => i.id === state.agenda.currentItemId) ?? null;
  const card = model.joinCard.value;
  switch (focus.kind) {
    case "Poll": {
      const poll = state.polls.find((p) => p.id === focus.targetId);
      return poll ? <PollStage poll={poll} /> : <ItemStage item={current} details={state.details} />;
    }
    case "Section": {
      const section = focus.targetId ? model.sections.value.get(focus.targetId) : undefined;
      return section ? <SectionStage section={section} /> : <ItemStage item={current} details={state.details} />;
    }
    case "AgendaItem":
      return <ItemStage item={state.agenda.items.find((i) => i.id === focus.targetId) ?? current} details={state.details} />;
    case "Ranking":
      return <RankingStage board={state.board} />;
    case "JoinCard":
      return <JoinCardStage card={card} remote={state.details.videoCall} />;
    case "Question": {
      const question = model.questions.value?.questions.find((q) => q.id === focus.targetId);
      return question ? <QuestionStage question={question} /> : <ItemStage item={current} details={state.details} />;
    }
    case "WordCloud": {
      const cloud = model.wordCloud.value;
      return cloud?.cloudId ? <WordCloudStage cloud={cloud} /> : <ItemStage item={current} details={state.details} />;
    }
    default:
      return card?.publicCode ? <JoinCardStage card={card} remote={state.details.videoCall} /> : <ItemStage item={current} details={state.details} />;
  }
}
