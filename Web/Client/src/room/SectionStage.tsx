import type { LiveSection } from "./roomModel";

/** Text lengths (UTF-16 units) above which the type gets smaller, so a section fits without scrolling. */
const MEDIUM = 400;
const LONG = 1200;

/** A section's text as it is being written. */
export function SectionStage({ section }: { section: LiveSection }) {
  const size = section.text.length > LONG ? " long" : section.text.length > MEDIUM ? " medium" : "";
  return (
    <div class="room-section" data-room="section">
      <h2 class="room-heading">{section.heading}</h2>
      <p class={`room-text${size}`}>{section.text}</p>
    </div>
  );
}
