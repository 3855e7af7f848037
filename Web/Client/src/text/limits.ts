/** Size limits in UTF-16 code units; the same values as TextLimits.cs on the server. */
export const TextLimits = {
  /** At most this many inserted characters in one operation. */
  maxInsertedLength: 10_000,
  /** At most this many components in one operation. */
  maxComponents: 1_000,
  /** A document section holds at most this many UTF-16 code units. */
  maxDocumentLength: 200_000,
} as const;

/** The largest retain or delete count on the wire (a 32-bit signed integer, as on the server). */
export const MaxCount = 2_147_483_647;
