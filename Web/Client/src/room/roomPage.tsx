import { render } from "preact";
import type { Page, PageContext } from "../router";
import { RoomModel } from "./roomModel";
import { RoomScreen } from "./RoomScreen";

/**
 * "/meetings/{id}/projector": the room screen. Opened by anyone in the meeting (facilitator, participant, observer,
 * also through the public link) over their own connection, so it shows exactly what that person may see.
 */
export function roomPage(context: PageContext): Page {
  const model = new RoomModel(context.params.id);
  const draw = () => render(<RoomScreen model={model} ready={context.ready} />, context.main);
  document.body.classList.add("room-mode");
  draw();
  model.start();
  return {
    rerender: draw,
    dispose: () => {
      render(null, context.main);
      document.body.classList.remove("room-mode");
      model.dispose();
    },
  };
}
