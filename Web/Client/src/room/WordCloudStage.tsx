import type { WordCloudView } from "../contract.generated";
import { WordCloudWords } from "../audience/wordCloud";
import "../audience/roomPoll.css";
import { t, tn } from "../i18n";

/** The word cloud in large type: its prompt, the words sized by how many gave them, and how many answered. */
export function WordCloudStage({ cloud }: { cloud: WordCloudView }) {
  return (
    <div class="room-centre room-word-cloud" data-room="word-cloud">
      <h2 class="room-heading">{cloud.prompt ?? t("wordCloud.title")}</h2>
      {cloud.words.length > 0 ? <WordCloudWords words={cloud.words} label={t("wordCloud.title")} /> : <p class="room-sub">{t("wordCloud.empty")}</p>}
      <p class="room-sub">
        {tn("wordCloud.answers", cloud.answers)}
        {cloud.open ? "" : ` · ${t("wordCloud.closed")}`}
      </p>
    </div>
  );
}
