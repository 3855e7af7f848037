import { useEffect, useState } from "preact/hooks";
import { t } from "../i18n";
import type { MeetingCommands } from "../meetings/commands";
import type { BoardView, RosterEntry } from "../types";
import { DotsLeft, DotStepper, useDots } from "./dotSteppers";
import { OnBehalfPicker } from "./onBehalfPicker";

/**
 * The facilitator (or a participant allowed to) places a voter's dots for someone taking part by phone or on paper:
 * pick the person, place their dots, save. They come from that person's budget and replace what was entered for them
 * before (as the person's own saving would); the ranking marks them as entered on their behalf, by whom.
 */
export function OnBehalfDots({ board, people, commands, run }: {
  board: BoardView;
  /** Those dots can be entered for (who may vote). */
  people: RosterEntry[];
  commands: MeetingCommands;
  run(action: () => Promise<unknown>): Promise<void>;
}) {
  const [chosen, setChosen] = useState("");
  const [done, setDone] = useState("");
  const dots = useDots({ total: board.roundDots ?? 0, maxEach: board.roundDots ?? 0 });
  const proposals = board.proposals.filter((p) => !p.hidden && p.text !== null);
  useEffect(() => dots.keep(new Set(proposals.map((p) => p.id))), [board.proposals]);
  const who = people.find((p) => p.participantId === chosen) ?? people[0];
  const pick = (participantId: string) => {
    setChosen(participantId);
    setDone("");
    dots.set([]);
  };
  const save = (person: RosterEntry) =>
    void run(async () => {
      await commands.placeDots([...dots.values].map(([proposalId, n]) => ({ proposalId, dots: n })), person.participantId);
      setDone(t("board.onBehalfDone", { name: person.displayName }));
      dots.set([]);
    });
  return (
    <details class="on-behalf">
      <summary>{t("board.onBehalf")}</summary>
      <p class="hint">{t("board.onBehalfHint")}</p>
      {who ? (
        <>
          <OnBehalfPicker people={people} value={who.participantId} onChange={pick} />
          <fieldset class="on-behalf-dots">
            <legend>{t("board.onBehalfDots", { name: who.displayName })}</legend>
            {proposals.map((p) => (
              <DotStepper key={p.id} dots={dots} option={p.id} label={p.text ?? ""} />
            ))}
            <DotsLeft dots={dots} forSomeone />
          </fieldset>
          <button type="button" class="primary" onClick={() => save(who)}>
            {t("board.saveDotsFor", { name: who.displayName })}
          </button>
        </>
      ) : (
        <p class="hint">{t("board.onBehalfNone")}</p>
      )}
      <p class="vote-status" role="status">
        {done}
      </p>
    </details>
  );
}
