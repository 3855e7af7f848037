import { TextOperationBuilder, type Component } from "./builder";
import { ComponentCursor, Kind } from "./cursor";
import { TextOperationError } from "./errors";
import { MaxCount, TextLimits } from "./limits";
import { isWellFormed, splitsPair } from "./utf16";

export type { Component } from "./builder";

/**
 * An immutable, normalized edit of a UTF-16 text, the same model as TextOperation.cs on the server:
 * retain / insert / delete components that walk the whole input text. Wire form: `[5,"ahoj",-3,10]`.
 */
export class TextOperation {
  static readonly empty = new TextOperation([], 0, 0);

  private constructor(
    /** The normalized components in the compact form (do not mutate). */
    readonly ops: readonly Component[],
    /** The text length (UTF-16 code units) this operation applies to. */
    readonly baseLength: number,
    /** The text length this operation produces. */
    readonly targetLength: number,
  ) {}

  /** Starts an operation: `TextOperation.create().retain(5).insert("ahoj").delete(3).build()`. */
  static create(): Builder {
    return new Builder();
  }

  static fromBuilder(builder: TextOperationBuilder): TextOperation {
    const { ops, baseLength, targetLength } = builder.take();
    return ops.length === 0 ? TextOperation.empty : new TextOperation(ops, baseLength, targetLength);
  }

  /** The operation that leaves a text of `length` unchanged. */
  static identity(length: number): TextOperation {
    return length === 0 ? TextOperation.empty : new TextOperation([length], length, length);
  }

  /** At `position` of a text of `length` remove `deleteCount` characters, then insert `insert`. */
  static splice(length: number, position: number, deleteCount: number, insert: string): TextOperation {
    if (position < 0 || deleteCount < 0 || position + deleteCount > length) {
      throw new TextOperationError("text.length_mismatch", `splice ${position}+${deleteCount} outside text of ${length}`);
    }
    return TextOperation.create()
      .retain(position)
      .insert(insert)
      .delete(deleteCount)
      .retain(length - position - deleteCount)
      .build();
  }

  /**
   * Where a position of the base text ends up in the target text (as MapPosition in C#). Text inserted
   * exactly at the position goes before it when `stickToEnd` (a caret after typing), else after it; a
   * position inside a deleted range moves to where the range was.
   */
  mapPosition(position: number, stickToEnd: boolean): number {
    let source = 0;
    let target = 0;
    for (const c of this.ops) {
      if (typeof c === "string") {
        if (source < position || (source === position && stickToEnd)) target += c.length;
        continue;
      }
      const length = Math.abs(c);
      if (position < source + length) return c > 0 ? target + (position - source) : target;
      source += length;
      if (c > 0) target += length;
    }
    return target;
  }

  /**
   * Where the caret of the person who made this edit stands after it: after the last inserted text, or where the
   * last deleted range was; null for an edit that changes nothing. Receivers place an author's caret there, so a
   * browser need not send its caret while its person types.
   */
  changeEnd(): number | null {
    let end: number | null = null;
    let target = 0;
    for (const c of this.ops) {
      if (typeof c === "number" && c > 0) {
        target += c;
        continue;
      }
      if (typeof c === "string") target += c.length;
      end = target;
    }
    return end;
  }

  /** True when applying the operation changes nothing. */
  get isIdentity(): boolean {
    return this.ops.length === 0 || (this.ops.length === 1 && typeof this.ops[0] === "number" && this.ops[0] > 0);
  }

  /** Number of inserted UTF-16 code units. */
  get insertedLength(): number {
    let total = 0;
    for (const c of this.ops) if (typeof c === "string") total += c.length;
    return total;
  }

  /**
   * Applies the operation. Refuses a text of the wrong length (`text.length_mismatch`), a boundary inside a
   * surrogate pair (`text.surrogate_split`) and a result above the document limit (`text.too_large`).
   */
  apply(text: string): string {
    this.ensureApplicable(text);
    if (this.isIdentity) return text;
    const parts: string[] = [];
    let read = 0;
    for (const c of this.ops) {
      if (typeof c === "string") {
        parts.push(c);
      } else if (c > 0) {
        parts.push(text.substring(read, read + c));
        read += c;
      } else {
        read -= c;
      }
    }
    return parts.join("");
  }

  /** The operation that undoes this one on `text` (the text this operation applies to). */
  invert(text: string): TextOperation {
    this.ensureApplicable(text);
    const result = new TextOperationBuilder();
    let position = 0;
    for (const c of this.ops) {
      if (typeof c === "string") {
        result.delete(c.length);
      } else if (c > 0) {
        result.retain(c);
        position += c;
      } else {
        result.insert(text.substring(position, position - c));
        position -= c;
      }
    }
    return TextOperation.fromBuilder(result);
  }

  /** `compose(a, b).apply(s) === b.apply(a.apply(s))`; requires `a.targetLength === b.baseLength`. */
  static compose(a: TextOperation, b: TextOperation): TextOperation {
    if (a.targetLength !== b.baseLength) {
      throw new TextOperationError(
        "text.length_mismatch",
        `compose: first produces ${a.targetLength}, second expects ${b.baseLength}`,
      );
    }
    if (b.isIdentity) return a;
    if (a.isIdentity) return b;
    const result = new TextOperationBuilder();
    const ca = new ComponentCursor(a.ops);
    const cb = new ComponentCursor(b.ops);
    while (ca.hasCurrent || cb.hasCurrent) {
      if (cb.hasCurrent && cb.kind === Kind.Insert) {
        result.insertTrusted(cb.insertText(cb.remaining));
        cb.advance(cb.remaining);
        continue;
      }
      if (ca.hasCurrent && ca.kind === Kind.Delete) {
        result.delete(ca.remaining);
        ca.advance(ca.remaining);
        continue;
      }
      // a retains or inserts, b retains or deletes the same characters.
      const n = Math.min(ca.remaining, cb.remaining);
      if (ca.kind === Kind.Retain) {
        if (cb.kind === Kind.Retain) result.retain(n);
        else result.delete(n);
      } else if (cb.kind === Kind.Retain) {
        result.insertTrusted(ca.insertText(n));
      }
      ca.advance(n);
      cb.advance(n);
    }
    return TextOperation.fromBuilder(result);
  }

  /**
   * Transforms concurrent `a` and `b` (same base) into `[a', b']` with
   * `b'.apply(a.apply(s)) === a'.apply(b.apply(s))`. Tie-break: when both insert at the same position,
   * the text of `a` comes first. Pass the operation the server accepted first as `a` (on the client:
   * the server's operation as `a`, the pending local one as `b`).
   */
  static transform(a: TextOperation, b: TextOperation): [TextOperation, TextOperation] {
    if (a.baseLength !== b.baseLength) {
      throw new TextOperationError(
        "text.length_mismatch",
        `transform: base lengths ${a.baseLength} and ${b.baseLength} differ`,
      );
    }
    if (a.isIdentity) return [TextOperation.identity(b.targetLength), b];
    if (b.isIdentity) return [a, TextOperation.identity(a.targetLength)];
    const aPrime = new TextOperationBuilder();
    const bPrime = new TextOperationBuilder();
    const ca = new ComponentCursor(a.ops);
    const cb = new ComponentCursor(b.ops);
    while (ca.hasCurrent || cb.hasCurrent) {
      if (ca.hasCurrent && ca.kind === Kind.Insert) {
        const n = ca.remaining;
        aPrime.insertTrusted(ca.insertText(n));
        bPrime.retain(n);
        ca.advance(n);
        continue;
      }
      if (cb.hasCurrent && cb.kind === Kind.Insert) {
        const n = cb.remaining;
        aPrime.retain(n);
        bPrime.insertTrusted(cb.insertText(n));
        cb.advance(n);
        continue;
      }
      const m = Math.min(ca.remaining, cb.remaining);
      const aRetains = ca.kind === Kind.Retain;
      const bRetains = cb.kind === Kind.Retain;
      if (aRetains && bRetains) {
        aPrime.retain(m);
        bPrime.retain(m);
      } else if (aRetains) {
        bPrime.delete(m);
      } else if (bRetains) {
        aPrime.delete(m);
      }
      ca.advance(m);
      cb.advance(m);
    }
    return [TextOperation.fromBuilder(aPrime), TextOperation.fromBuilder(bPrime)];
  }

  /** Refuses the operation with `text.too_large` when it exceeds a limit. */
  ensureWithinLimits(): void {
    if (this.ops.length > TextLimits.maxComponents) {
      throw new TextOperationError("text.too_large", `at most ${TextLimits.maxComponents} components`);
    }
    if (this.insertedLength > TextLimits.maxInsertedLength) {
      throw new TextOperationError("text.too_large", `at most ${TextLimits.maxInsertedLength} inserted characters`);
    }
    if (this.baseLength > TextLimits.maxDocumentLength || this.targetLength > TextLimits.maxDocumentLength) {
      throw new TextOperationError("text.too_large", `a text has at most ${TextLimits.maxDocumentLength} characters`);
    }
  }

  /** The compact form; `JSON.stringify(op)` gives `[5,"ahoj",-3,10]`. */
  toJSON(): Component[] {
    return [...this.ops];
  }

  toString(): string {
    return JSON.stringify(this.ops);
  }

  equals(other: TextOperation): boolean {
    return this.ops.length === other.ops.length && this.ops.every((c, i) => c === other.ops[i]);
  }

  /**
   * Reads an already parsed wire value, normalizes it and checks the limits. Refusals:
   * `payload.malformed`, `text.surrogate_split`, `text.too_large` (checked in this order per component,
   * exactly as the server's reader does).
   */
  static fromJSON(value: unknown): TextOperation {
    if (!Array.isArray(value)) throw malformed("a text operation is a JSON array");
    const builder = new TextOperationBuilder();
    let inserted = 0;
    for (let i = 0; i < value.length; i++) {
      if (i === TextLimits.maxComponents) {
        throw new TextOperationError("text.too_large", `at most ${TextLimits.maxComponents} components`);
      }
      const c: unknown = value[i];
      if (typeof c === "number") {
        if (!Number.isInteger(c) || c === 0 || Math.abs(c) > MaxCount) {
          throw malformed("a count is a non-zero 32-bit integer");
        }
        if (c > 0) builder.retain(c);
        else builder.delete(-c);
      } else if (typeof c === "string") {
        if (!isWellFormed(c)) throw new TextOperationError("text.surrogate_split", "insert contains a lone surrogate");
        if (c.length === 0) throw malformed("an insert is a non-empty string");
        inserted += c.length;
        if (inserted > TextLimits.maxInsertedLength) {
          throw new TextOperationError("text.too_large", `at most ${TextLimits.maxInsertedLength} inserted characters`);
        }
        builder.insertTrusted(c);
      } else {
        throw malformed("a component is a non-zero integer or a non-empty string");
      }
    }
    const op = TextOperation.fromBuilder(builder);
    op.ensureWithinLimits();
    return op;
  }

  /** Parses JSON text (e.g. a message payload); invalid JSON is `payload.malformed`. */
  static parse(json: string): TextOperation {
    let value: unknown;
    try {
      value = JSON.parse(json);
    } catch (e) {
      throw malformed(e instanceof Error ? e.message : "invalid JSON");
    }
    return TextOperation.fromJSON(value);
  }

  private ensureApplicable(text: string): void {
    if (text.length !== this.baseLength) {
      throw new TextOperationError(
        "text.length_mismatch",
        `operation expects ${this.baseLength} characters, text has ${text.length}`,
      );
    }
    if (this.targetLength > TextLimits.maxDocumentLength && this.targetLength > this.baseLength) {
      throw new TextOperationError("text.too_large", `a text has at most ${TextLimits.maxDocumentLength} characters`);
    }
    let position = 0;
    for (const c of this.ops) {
      if (typeof c === "string") continue;
      position += Math.abs(c);
      if (splitsPair(text, position)) {
        throw new TextOperationError("text.surrogate_split", `position ${position} is inside a surrogate pair`);
      }
    }
  }
}

/** A fluent builder that produces a normalized {@link TextOperation}. */
export class Builder extends TextOperationBuilder {
  build(): TextOperation {
    return TextOperation.fromBuilder(this);
  }
}

function malformed(detail: string): TextOperationError {
  return new TextOperationError("payload.malformed", detail);
}
