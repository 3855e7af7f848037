import type { ReadonlySignal } from "@preact/signals";
import type { ComponentChildren } from "preact";
import { useEffect, useLayoutEffect, useState } from "preact/hooks";
import { useId } from "../ui/uniqueId";
import { t, tn } from "../i18n";
import type { MeetingState } from "../live/meetingState";
import { usePersonalView } from "../live/personalView";
import type { MeetingCommands } from "../meetings/commands";
import { mayContribute, mayFacilitate } from "../meetings/panel";
import { useObjectives } from "../plans/objectiveLinks";
import type { BoardView, RosterEntry } from "../types";
import { Alert, Field, useAlert } from "../ui/components";
import { DotsLeft, useDots, type Dots } from "./dotSteppers";
import { OnBehalfDots } from "./onBehalfDots";
import { onBehalfPeopleFor, OnBehalfPicker } from "./onBehalfPicker";
import { Proposal, type Area } from "./proposal";
import { Ranking } from "./ranking";

export type { Area } from "./proposal";

export interface ProposalsProps {
  state: ReadonlySignal<MeetingState>;
  /** The vision's areas (its sections), under which proposals are gathered. */
  areas: ReadonlySignal<Area[]>;
  commands: MeetingCommands;
  meetingId: string;
  nameOf(participantId: string): string;
  /** Signed-in organizers may download rankings as CSV. */
  canDownload: boolean;
}

/**
 * The proposals board ("návrhy aktivit") under the vision's areas: everyone adds proposals live (hidden from the
 * others in a private brainstorm), the facilitator edits, moves and merges them, and a dot round ranks them. What
 * someone types and the dots they place are the components' state, so other people's changes never take them away.
 */
export function ProposalsPanel({ state, areas: areasSignal, commands, meetingId, nameOf, canDownload }: ProposalsProps) {
  const s = state.value;
  const areas = areasSignal.value;
  const alert = useAlert();
  const personal = usePersonalBoard(s, commands, alert.show);
  const board = personal ?? s.board;
  const objectives = useObjectives(commands, s.board);
  const dots = useRoundDots(board, personal);
  const contributing = mayContribute(s);
  const facilitating = mayFacilitate(s);
  const voting = contributing && board.roundDots !== null;
  const latest = board.rankings[board.rankings.length - 1];
  const groups = [...areas, { id: "", heading: t("board.unplaced") }].map((area) => ({
    area,
    proposals: board.proposals
      .filter((p) => (p.areaId ?? "") === area.id)
      // Those watching a round see the proposals by their dots; for voters nothing moves under their hands (nor the focus
      // off a stepper: a moved element loses it), the ranking orders them at the close.
      .sort((a, b) => (board.roundDots !== null && !voting ? b.dots - a.dots : 0) || a.createdAt.localeCompare(b.createdAt)),
  }));
  return (
    <section class="panel proposals-panel" aria-labelledby="proposals-title">
      <h2 id="proposals-title">{t("board.title")}</h2>
      <Alert message={alert.message} />
      <div class="board-tools">
        {board.brainstorm ? <p class="hint">{t("board.brainstormOn")}</p> : null}
        {facilitating ? <Tools board={board} commands={commands} run={alert.run} /> : null}
        {board.roundDots !== null ? <p class="round">{tn("board.roundDots", board.roundDots)}</p> : null}
        {board.roundDots !== null && board.totalsHidden ? <p class="hint">{t("board.dotsHidden")}</p> : null}
      </div>
      <div class="board-areas">
        {groups.map(({ area, proposals }) =>
          area.id === "" && proposals.length === 0 ? null : (
            <BoardArea key={area.id} area={area}>
              {proposals.length === 0 ? (
                <p class="hint">{t("board.empty")}</p>
              ) : (
                <ul class="proposals">
                  {proposals.map((p) => (
                    <Proposal
                      key={p.id}
                      p={p}
                      board={board}
                      areas={areas}
                      dots={voting ? dots : null}
                      linking={contributing && (facilitating || p.authorIds.includes(s.you.participantId))}
                      facilitating={facilitating}
                      objectives={objectives}
                      commands={commands}
                      nameOf={nameOf}
                      run={alert.run}
                    />
                  ))}
                </ul>
              )}
              {contributing ? (
                <AddProposal areaId={area.id || null} heading={area.heading} people={onBehalfPeopleFor(s)} commands={commands} run={alert.run} />
              ) : null}
            </BoardArea>
          ),
        )}
        {voting ? <SaveDots dots={dots} commands={commands} run={alert.run} /> : null}
        {voting && onBehalfPeopleFor(s).length > 0 ? (
          <OnBehalfDots board={board} people={onBehalfPeopleFor(s).filter((e) => !e.noVotingRight)} commands={commands} run={alert.run} />
        ) : null}
      </div>
      {latest ? <Ranking ranking={latest} areas={areas} nameOf={nameOf} csv={canDownload ? `/api/meetings/${meetingId}/proposals/rankings/${latest.number}.csv` : null} /> : null}
    </section>
  );
}

function BoardArea({ area, children }: { area: Area; children: ComponentChildren }) {
  const id = useId();
  return (
    <section class="board-area" aria-labelledby={id}>
      <h3 id={id}>{area.heading}</h3>
      {children}
    </section>
  );
}

/** Participants and facilitators see more than the broadcast (their hidden proposals, their dots): their own view, one request at a time. */
function usePersonalBoard(s: MeetingState, commands: MeetingCommands, fail: (message: string) => void): BoardView | null {
  return usePersonalView(() => commands.getBoard(), [s.board], fail, s.you.role !== "Observer");
}

/** The voter's dots in the round: a new round starts from the server's allocation; proposals merged or removed drop out. */
function useRoundDots(board: BoardView, personal: BoardView | null): Dots {
  const dots = useDots({ total: board.roundDots ?? 0, maxEach: board.roundDots ?? 0 });
  useLayoutEffect(() => {
    if (board.roundDots !== null) dots.set(Object.entries(board.yourDots));
  }, [board.roundDots]);
  useEffect(() => {
    if (personal && personal.roundDots === board.roundDots) dots.load(Object.entries(personal.yourDots));
  }, [personal]);
  useEffect(() => dots.keep(new Set(board.proposals.filter((p) => !p.hidden).map((p) => p.id))), [board.proposals]);
  return dots;
}

/** The facilitator's board tools: the private brainstorm, revealing, and starting or closing a dot round. */
function Tools({ board, commands, run }: { board: BoardView; commands: MeetingCommands; run(action: () => Promise<unknown>): Promise<void> }) {
  const id = useId();
  const [dotsPerVoter, setDotsPerVoter] = useState("3");
  const [showTotals, setShowTotals] = useState(false);
  return (
    <>
      <div class="switch-row">
        <input type="checkbox" role="switch" id="board-brainstorm" checked={board.brainstorm} onChange={(event) => void run(() => commands.setBrainstorm(event.currentTarget.checked))} />
        <label for="board-brainstorm">{t("board.brainstorm")}</label>
      </div>
      {board.proposals.some((p) => p.hidden) ? (
        <button type="button" onClick={() => void run(commands.revealProposals)}>
          {t("board.reveal")}
        </button>
      ) : null}
      {board.roundDots === null ? (
        <div class="form-row">
          <Field id={`${id}-dots`} label={t("board.dotsPerVoter")}>
            <input id={`${id}-dots`} type="number" min={1} max={100} name="dots" value={dotsPerVoter} onInput={(event) => setDotsPerVoter(event.currentTarget.value)} />
          </Field>
          <div class="switch-row">
            <input type="checkbox" id={`${id}-totals`} name="showTotals" checked={showTotals} onChange={(event) => setShowTotals(event.currentTarget.checked)} />
            <label for={`${id}-totals`}>{t("board.showTotals")}</label>
          </div>
          <button type="button" onClick={() => void run(() => commands.startPrioritisation(Number(dotsPerVoter), showTotals))}>
            {t("board.start")}
          </button>
        </div>
      ) : (
        <button type="button" class="primary" onClick={() => void run(commands.closePrioritisation)}>
          {t("board.close")}
        </button>
      )}
    </>
  );
}

/**
 * A new proposal in an area; the text is the form's until it is added (and comes back if adding fails). With
 * <c>people</c> (a facilitator or an allowed proxy) it may be entered for one of them, who is then its author.
 */
function AddProposal({ areaId, heading, people, commands, run }: {
  areaId: string | null;
  heading: string;
  people: RosterEntry[];
  commands: MeetingCommands;
  run(action: () => Promise<unknown>): Promise<void>;
}) {
  const id = useId();
  const [text, setText] = useState("");
  const [forId, setForId] = useState("");
  const submit = (event: Event) => {
    event.preventDefault();
    const value = text;
    setText("");
    void run(async () => {
      try {
        await commands.addProposal(areaId, value, forId || null);
      } catch (e) {
        setText(value);
        throw e;
      }
    });
  };
  return (
    <form class="proposal-form" onSubmit={submit}>
      <Field id={id} label={t("board.newIn", { area: heading })} required>
        <textarea id={id} rows={2} maxLength={2000} required value={text} onInput={(event) => setText(event.currentTarget.value)} />
      </Field>
      {people.length > 0 ? (
        <OnBehalfPicker people={people} value={people.some((p) => p.participantId === forId) ? forId : ""} onChange={setForId} none={t("onBehalf.forMyself")} />
      ) : null}
      <button type="submit">{t("board.add")}</button>
    </form>
  );
}

function SaveDots({ dots, commands, run }: { dots: Dots; commands: MeetingCommands; run(action: () => Promise<unknown>): Promise<void> }) {
  return (
    <div class="dots-form">
      <DotsLeft dots={dots} />
      <button type="button" class="primary" onClick={() => void run(() => commands.placeDots([...dots.values].map(([proposalId, n]) => ({ proposalId, dots: n }))))}>
        {t("board.saveDots")}
      </button>
    </div>
  );
}
