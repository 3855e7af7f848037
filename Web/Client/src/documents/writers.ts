/** How long a person still counts as writing after their last edit or caret move. */
export const WRITER_EXPIRES_MS = 5_000;

/**
 * Who is writing in a section ("Píše: Karel"): a person counts from their edit or caret until they have been
 * quiet for {@link WRITER_EXPIRES_MS}, so the line never names someone who stopped long ago or left silently.
 */
export class Writers {
  private readonly entries = new Map<string, { name: string; timer: ReturnType<typeof setTimeout> }>();

  /**
   * @param changed the list changed
   * @param expired a person went quiet (not called for {@link forget}): their caret's name can go too
   */
  constructor(
    private readonly changed: () => void,
    private readonly expired: (participantId: string) => void = () => undefined,
    private readonly expiresMs = WRITER_EXPIRES_MS,
  ) {}

  /** The people writing now, in the order they started: [participantId, name]. */
  get current(): [string, string][] {
    return [...this.entries].map(([id, e]) => [id, e.name]);
  }

  /** The person edited or moved their caret: they count for another {@link WRITER_EXPIRES_MS}. */
  seen(participantId: string, name: string): void {
    const existing = this.entries.get(participantId);
    if (existing) clearTimeout(existing.timer);
    const timer = setTimeout(() => {
      this.forget(participantId);
      this.expired(participantId);
    }, this.expiresMs);
    this.entries.set(participantId, { name, timer });
    if (!existing || existing.name !== name) this.changed();
  }

  forget(participantId: string): void {
    const existing = this.entries.get(participantId);
    if (!existing) return;
    clearTimeout(existing.timer);
    this.entries.delete(participantId);
    this.changed();
  }

  dispose(): void {
    for (const e of this.entries.values()) clearTimeout(e.timer);
    this.entries.clear();
  }
}
