import { fill, h } from "../dom";
import { t } from "../i18n";
import { MeetingChannel } from "../live/meetingChannel";
import type { MeetingState } from "../live/meetingState";
import { formatDuration } from "../live/serverClock";
import { SectionSync } from "../documents/sectionSync";
import { remainingMs } from "../meetings/timerPanel";
import type { Page, PageContext } from "../router";
import type { DocumentSnapshot, TextChangesMessage, TextEditedMessage, TextEditsMessage } from "../types";
import { Frame } from "../ui/frame";
import { failure, loading } from "../ui/loading";

/** A section's text kept current from the live edits, without an editor. */
interface LiveText {
  heading: string;
  text: string;
  sync: SectionSync;
}

/**
 * "/meetings/{id}/projector": for the screen in the room, in large type: the current item, the countdown,
 * who speaks and who is next, and whatever the facilitator shows (a section's text as it is written).
 */
export function projectorPage(context: PageContext): Page {
  const meetingId = context.params.id;
  const frame = new Frame(context);
  const itemEl = h("section", { class: "projector-item", "aria-labelledby": "projector-item-title" });
  const timerEl = h("p", { class: "projector-timer", role: "timer", "aria-live": "off" });
  const speakerEl = h("section", { class: "projector-speaker", "aria-label": t("speakers.title") });
  const focusEl = h("section", { class: "projector-focus", "aria-live": "polite" });
  const texts = new Map<string, LiveText>();
  let state: MeetingState | null = null;
  let loadError: unknown = null;

  const channel = new MeetingChannel(meetingId, {
    state: (next) => {
      state = next;
      render();
    },
    status: () => undefined,
    error: () => undefined, // the projector just keeps showing what it has
  });
  const nameOf = (id: string) => state?.roster.find((e) => e.participantId === id)?.displayName ?? "?";

  const render = () => {
    if (loadError) {
      frame.show(t("error.pageTitle"), ...failure(loadError));
      frame.ready();
      return;
    }
    if (!state) {
      frame.show(t("projector.title"), loading());
      return;
    }
    const s = state;
    const current = s.agenda.items.findIndex((i) => i.id === s.agenda.currentItemId);
    fill(
      itemEl,
      h("h2", { id: "projector-item-title" }, t("projector.current")),
      h("p", { class: "projector-big" }, current >= 0 ? `${current + 1}. ${s.agenda.items[current].title}` : "–"),
    );
    const floor = s.speakers.floor;
    const next = s.speakers.queue[0];
    fill(
      speakerEl,
      h("p", {}, floor ? [t("speakers.floor"), " ", h("strong", {}, nameOf(floor.participantId))] : t("speakers.nobody")),
      next ? h("p", {}, t("projector.next"), ": ", nameOf(next.participantId)) : null,
    );
    renderFocus();
    tick();
    frame.show(s.details.title, itemEl, timerEl, speakerEl, focusEl);
    frame.ready();
  };

  const renderFocus = () => {
    const focus = state!.focus;
    if (focus.kind === "Section" && focus.targetId && texts.has(focus.targetId)) {
      const live = texts.get(focus.targetId)!;
      fill(focusEl, h("h2", {}, live.heading), h("p", { class: "projector-text" }, live.text));
    } else if (focus.kind === "AgendaItem") {
      const item = state!.agenda.items.find((i) => i.id === focus.targetId);
      fill(focusEl, item ? h("h2", {}, item.title) : null, item?.presenter ? h("p", {}, item.presenter) : null);
    } else {
      fill(focusEl);
    }
  };

  const tick = () => {
    const timer = state?.timer;
    timerEl.textContent = timer ? formatDuration(remainingMs(timer, channel.clock.now())) : "";
    timerEl.classList.toggle("finished", !!timer?.finished);
  };
  const ticker = setInterval(tick, 500);

  /** The document's sections, kept current by the same OT client the editors use. */
  const openDocument = async () => {
    const snapshot = await channel.invoke<DocumentSnapshot>("OpenDocument", meetingId);
    texts.clear();
    for (const section of snapshot.sections) {
      const live: LiveText = {
        heading: section.heading,
        text: section.text,
        sync: new SectionSync({
          revision: section.revision,
          transport: {
            submit: () => Promise.reject(new Error("the projector does not edit")),
            editsAfter: (afterRevision) => channel.invoke<TextEditedMessage[]>("GetEdits", meetingId, { sectionId: section.sectionId, afterRevision }),
          },
          applyToEditor: (op) => {
            live.text = op.apply(live.text);
            renderFocus();
          },
          refused: () => undefined,
        }),
      };
      texts.set(section.sectionId, live);
    }
    renderFocus();
  };
  channel.on("textEdits", (e: TextEditsMessage) => e.edits.forEach((edit) => texts.get(edit.sectionId)?.sync.receive(edit)));
  // An observer's projector gets the edits composed, and after falling behind the whole document again.
  channel.on("textChanges", (e: TextChangesMessage) => e.changes.forEach((c) => texts.get(c.sectionId)?.sync.receiveChange(c)));
  channel.on("documentSnapshot", () => void openDocument().catch(() => undefined));
  channel.onJoined(() => void openDocument().catch(() => undefined));

  document.body.classList.add("projector-mode");
  render();
  channel.start().then(
    async (s) => {
      state = s;
      render();
      if (s.details.visionDocumentId) await openDocument();
    },
    (e: unknown) => {
      loadError = e;
      render();
      void channel.stop();
    },
  );

  return {
    rerender: render,
    dispose: () => {
      document.body.classList.remove("projector-mode");
      clearInterval(ticker);
      void channel.stop();
    },
  };
}
