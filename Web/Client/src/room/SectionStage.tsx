import type { LiveSection } from "./roomModel";

/** A section's text as it is being written (the stage scales the type down as it grows). */
export function SectionStage({ section }: { section: LiveSection }) {
  return (
    <div class="room-section" data-room="section">
      <h2 class="room-heading">{section.heading}</h2>
      <p class="room-text">{section.text}</p>
    </div>
  );
}
