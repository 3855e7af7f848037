import { formatDateTime } from "../format";
import { t, tn } from "../i18n";
import type { ProposalRanking } from "../types";
import type { Area } from "./proposal";

/** The latest round's ranking: per area, then overall. */
export function Ranking({ ranking, areas, csv, nameOf }: { ranking: ProposalRanking; areas: Area[]; csv: string | null; nameOf: (participantId: string) => string }) {
  const line = (e: ProposalRanking["entries"][number]) => (
    <li key={e.proposalId}>
      {e.text} <span class="hint">{tn("board.dotsOn", e.dots, { voters: e.voters })}</span>
    </li>
  );
  const byArea = [...areas, { id: "", heading: t("board.unplaced") }]
    .map((area) => ({ area, entries: ranking.entries.filter((e) => (e.areaId ?? "") === area.id).sort((a, b) => a.rankInArea - b.rankInArea) }))
    .filter((g) => g.entries.length > 0);
  return (
    <div class="board-ranking">
      <h3>{t("board.ranking", { number: ranking.number, at: formatDateTime(ranking.at) })}</h3>
      <p>{tn("board.rankingMeta", ranking.dotsPerVoter, { voters: ranking.votersCount })}</p>
      {ranking.onBehalfDots > 0 ? (
        <p class="on-behalf-note">
          {t("minutes.onBehalfDots", {
            count: ranking.onBehalfDots,
            names: (ranking.onBehalf ?? []).map((m) => t("onBehalf.entry", { for: nameOf(m.forId), by: nameOf(m.byId) })).join(", "),
          })}
        </p>
      ) : null}
      {byArea.map((g) => (
        <div key={g.area.id}>
          <h4>{g.area.heading}</h4>
          <ol>{g.entries.map(line)}</ol>
        </div>
      ))}
      <h4>{t("board.overall")}</h4>
      <ol class="overall">{[...ranking.entries].sort((a, b) => a.rankOverall - b.rankOverall).map(line)}</ol>
      {csv ? (
        <p>
          <a href={csv} download="">
            {t("board.csv")}
          </a>
        </p>
      ) : null}
    </div>
  );
}
