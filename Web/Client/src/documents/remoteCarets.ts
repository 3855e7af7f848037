import { StateEffect, StateField, type Extension } from "@codemirror/state";
import { Decoration, EditorView, WidgetType, type DecorationSet } from "@codemirror/view";

/** Another participant's caret and selection in this editor, in the editor's own positions. */
export interface RemoteCaret {
  participantId: string;
  name: string;
  anchor: number;
  head: number;
}

/** Sets (or with `null` positions removes) one participant's caret. */
export const setRemoteCaret = StateEffect.define<RemoteCaret>();
export const removeRemoteCaret = StateEffect.define<string>();

// Dark enough for white text (contrast ≥ 4.5:1) and distinct from each other.
const COLOURS = ["#0b5cad", "#a4262c", "#107c10", "#8a3ffc", "#8f4e00", "#005b70", "#b4009e", "#4f4f4f"];

/** A participant's colour, the same on every screen. */
export function colourOf(participantId: string): string {
  let hash = 0;
  for (let i = 0; i < participantId.length; i++) hash = (hash * 31 + participantId.charCodeAt(i)) | 0;
  return COLOURS[Math.abs(hash) % COLOURS.length];
}

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
