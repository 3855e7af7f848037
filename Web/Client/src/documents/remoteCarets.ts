import { StateEffect, StateField, type Extension } from "@codemirror/state";
import { Decoration, EditorView, WidgetType, type DecorationSet } from "@codemirror/view";
import { colourOf } from "./colours";
import type { RemoteCaret } from "./sectionText";

/** Sets (or with `null` positions removes) one participant's caret. */
export const setRemoteCaret = StateEffect.define<RemoteCaret>();
export const removeRemoteCaret = StateEffect.define<string>();

class CaretWidget extends WidgetType {
  constructor(
    private readonly name: string,
    private readonly colour: string,
  ) {
    super();
  }

  override eq(other: CaretWidget): boolean {
    return other.name === this.name && other.colour === this.colour;
  }

  toDOM(): HTMLElement {
    // The name is drawn by CSS from data-name, so it is neither part of the text nor read out within it.
    const caret = document.createElement("span");
    caret.className = "remote-caret";
    caret.setAttribute("aria-hidden", "true");
    caret.dataset.name = this.name;
    caret.style.borderColor = this.colour;
    caret.style.setProperty("--caret-colour", this.colour);
    return caret;
  }

  override ignoreEvent(): boolean {
    return true;
  }
}

interface CaretsState {
  carets: ReadonlyMap<string, RemoteCaret>;
  decorations: DecorationSet;
}

function decorate(carets: ReadonlyMap<string, RemoteCaret>, length: number): DecorationSet {
  const ranges = [];
  for (const caret of carets.values()) {
    const colour = colourOf(caret.participantId);
    const head = Math.min(caret.head, length);
    const anchor = Math.min(caret.anchor, length);
    if (anchor !== head) {
      ranges.push(
        Decoration.mark({ attributes: { style: `background-color: ${colour}33` }, class: "remote-selection" }).range(
          Math.min(anchor, head),
          Math.max(anchor, head),
        ),
      );
    }
    ranges.push(Decoration.widget({ widget: new CaretWidget(caret.name, colour), side: 1 }).range(head));
  }
  return Decoration.set(ranges, true);
}

/** Shows other people's carets and selections, moved along with every change to the text. */
export function remoteCarets(): Extension {
  return StateField.define<CaretsState>({
    create: () => ({ carets: new Map(), decorations: Decoration.none }),
    update(value, tr) {
      let carets = value.carets;
      if (!tr.docChanged && !tr.effects.some((e) => e.is(setRemoteCaret) || e.is(removeRemoteCaret))) {
        return value;
      }
      const next = new Map<string, RemoteCaret>();
      for (const [id, caret] of carets) {
        next.set(id, { ...caret, anchor: tr.changes.mapPos(caret.anchor, 1), head: tr.changes.mapPos(caret.head, 1) });
      }
      for (const effect of tr.effects) {
        if (effect.is(setRemoteCaret)) next.set(effect.value.participantId, effect.value);
        else if (effect.is(removeRemoteCaret)) next.delete(effect.value);
      }
      carets = next;
      return { carets, decorations: decorate(carets, tr.state.doc.length) };
    },
    provide: (field) => EditorView.decorations.from(field, (value) => value.decorations),
  });
}
