import { t } from "../i18n";
import type { BoardView } from "../types";
import { BarTable, type Bar } from "./BarTable";

/** The most proposals a ranking shows, so it fits the screen. */
const SHOWN = 8;

/**
 * The proposals board's dot-vote ranking: the open round's standing only when everyone sees its totals (whoever opened
 * the screen), otherwise the last closed round's frozen ranking.
 */
export function RankingStage({ board }: { board: BoardView }) {
  const open = board.roundDots !== null;
  const last = board.rankings.at(-1);
  let bars: Bar[] | null = null;
  let sub = "";
  if (open && board.totalsPublic) {
    bars = board.proposals
      .filter((p) => p.text !== null)
      .sort((a, b) => b.dots - a.dots || a.createdAt.localeCompare(b.createdAt))
      .slice(0, SHOWN)
      .map((p) => ({ key: p.id, label: p.text!, value: p.dots, shown: String(p.dots) }));
    sub = t("room.ranking.live");
  } else if (!open && last) {
    bars = [...last.entries]
      .sort((a, b) => a.rankOverall - b.rankOverall)
      .slice(0, SHOWN)
      .map((e) => ({ key: e.proposalId, label: `${e.rankOverall}. ${e.text}`, value: e.dots, shown: String(e.dots) }));
    sub = t("room.ranking.round", { number: last.number, voters: last.votersCount, dots: last.dotsPerVoter });
  }
  return (
    <div class="room-ranking" data-room="ranking">
      <h2 class="room-heading">{t("room.ranking.title")}</h2>
      {bars ? (
        <>
          <p class="room-sub">{sub}</p>
          <BarTable caption={t("room.ranking.title")} labelHead={t("room.ranking.proposal")} valueHead={t("room.ranking.dots")} bars={bars} />
        </>
      ) : (
        <p class="room-sub">{open ? t("room.ranking.hidden") : t("room.ranking.none")}</p>
      )}
    </div>
  );
}
