import { useState } from "preact/hooks";
import { uid } from "../dom";

/**
 * An id unique in the whole document, stable for the component's life. Preact's own useId counts per render root, so
 * two roots on one page (the group page mounts several) hand out the same ids and labels point at the wrong field.
 */
export function useId(): string {
  const [id] = useState(() => uid("u"));
  return id;
}
