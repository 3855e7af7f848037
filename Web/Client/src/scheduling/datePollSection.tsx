import { render } from "preact";
import { useEffect, useState } from "preact/hooks";
import { get, send } from "../api";
import { t } from "../i18n";
import type { DatePollLink, DatePollPage, DatePollView, WorkingGroupDetails, WorkingGroupView } from "../types";
import { Alert, useAlert } from "../ui/components";
import { LinkCopy } from "../intentions/LinkCopy";
import { BestDates, optionLabel, TallyTable } from "./dateTallies";
import { Proposer } from "./dateProposer";
import "./scheduling.css";

/**
 * "Finding the next date" on the group's page, for its managers: propose dates, hand each member their answer link,
 * watch the answers and the best date, choose it (it goes into the schedule and the calendar) or end the poll.
 */
export function DatePollSection({ group, scheduleChanged }: { group: WorkingGroupDetails; scheduleChanged(group: WorkingGroupDetails): void }) {
  const base = `/api/working-groups/${group.id}/date-poll`;
  const [poll, setPoll] = useState<DatePollView | null | undefined>(undefined);
  const [links, setLinks] = useState<Record<string, string>>({});
  const alert = useAlert();
  const load = () => alert.run(async () => setPoll((await get<DatePollPage>(base)).poll));
  useEffect(() => void load(), [base]);

  const act = (action: () => Promise<DatePollView>) => alert.run(async () => setPoll(await action()));
  const choose = (optionId: string) =>
    alert.run(async () => {
      setPoll(await send<DatePollView>("POST", `${base}/choose`, { optionId }));
      scheduleChanged((await get<WorkingGroupView>(`/api/working-groups/${group.id}`)).group);
    });
  const issue = (memberId: string) =>
    alert.run(async () => {
      const link = await send<DatePollLink>("POST", `${base}/links/${memberId}`);
      setLinks({ ...links, [memberId]: link.url });
      setPoll((await get<DatePollPage>(base)).poll);
    });

  const open = poll?.status === "Open";
  return (
    <section aria-labelledby="date-poll">
      <h2 id="date-poll">{t("datePoll.title")}</h2>
      <Alert message={alert.message} />
      {poll === undefined ? null : open ? (
        <>
          {poll.place ? <p>{t("datePoll.placeValue", { place: poll.place })}</p> : null}
          <BestDates options={poll.options} best={poll.best} />
          <TallyTable
            options={poll.options}
            best={poll.best}
            caption={t("datePoll.results")}
            action={(o) => (
              <button type="button" onClick={() => void choose(o.id)}>
                {t("datePoll.choose", { date: optionLabel(o) })}
              </button>
            )}
          />
          <div class="date-poll-actions">
            <button type="button" onClick={() => void load()}>
              {t("datePoll.refresh")}
            </button>
            <button type="button" onClick={() => void act(() => send<DatePollView>("POST", `${base}/close`))}>
              {t("datePoll.close")}
            </button>
          </div>
          <h3>{t("datePoll.members")}</h3>
          <ul class="date-members">
            {poll.members.map((m) => (
              <li key={m.memberId}>
                <strong>{m.name}</strong> – {m.answers.length > 0 ? t("datePoll.answered") : t("datePoll.notAnswered")}{" "}
                <button type="button" class="link-button" onClick={() => void issue(m.memberId)}>
                  {t("datePoll.issueLink", { name: m.name })}
                </button>
                {m.hasLink ? (
                  <>
                    {" "}
                    <button type="button" class="link-button" onClick={() => void act(() => send<DatePollView>("DELETE", `${base}/links/${m.memberId}`))}>
                      {t("datePoll.revokeLink", { name: m.name })}
                    </button>
                  </>
                ) : null}
                {links[m.memberId] ? <LinkCopy url={links[m.memberId]} label={t("datePoll.linkFor", { name: m.name })} hint={t("datePoll.linkHint")} /> : null}
              </li>
            ))}
          </ul>
        </>
      ) : (
        <>
          {poll?.status === "Chosen" ? (
            <p>{t("datePoll.chosen", { date: optionLabel(poll.options.find((o) => o.id === poll.chosenId)!) })}</p>
          ) : poll?.status === "Closed" ? (
            <p>{t("datePoll.closed")}</p>
          ) : null}
          <Proposer start={(options, place) => act(() => send<DatePollView>("POST", base, { options, place }))} />
        </>
      )}
    </section>
  );
}

/** Mounts the section into an element the page keeps across its renders (the page is built with dom.ts). */
export function renderDatePoll(el: HTMLElement, group: WorkingGroupDetails, scheduleChanged: (group: WorkingGroupDetails) => void): HTMLElement {
  render(<DatePollSection group={group} scheduleChanged={scheduleChanged} />, el);
  return el;
}
