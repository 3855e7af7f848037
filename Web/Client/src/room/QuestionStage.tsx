import type { QuestionView } from "../contract.generated";
import { questionMarker } from "../audience/questionsView";
import { t, tn } from "../i18n";

/** A released question from the audience in large type, with who asked (if they gave their name), its votes and who entered it for them. */
export function QuestionStage({ question }: { question: QuestionView }) {
  return (
    <div class="room-centre" data-room="question">
      <p class="room-sub">{t("questions.title")}</p>
      <h2 class="room-big">{question.text}</h2>
      <p class="room-sub">
        {question.authorName ?? t("questions.anonymous")} · {tn("questions.votes", question.votes)}
      </p>
      {questionMarker(question) ? <p class="room-sub">{questionMarker(question)}</p> : null}
    </div>
  );
}
