import { TextOperationError } from "./errors";
import { isWellFormed } from "./utf16";

/** One component in the compact form: positive = retain, negative = delete, string = insert. */
export type Component = number | string;

/**
 * Builds a normalized component list: zero-length components are dropped, adjacent components of the
 * same kind merge, and an insert that follows a delete is moved before it (insert-before-delete is canonical).
 */
export class TextOperationBuilder {
  private readonly items: Component[] = [];
  private base = 0;
  private target = 0;

  get baseLength(): number {
    return this.base;
  }

  get targetLength(): number {
    return this.target;
  }

  retain(count: number): this {
    checkCount(count);
    if (count === 0) return this;
    this.base += count;
    this.target += count;
    const last = this.items.length - 1;
    const prev = this.items[last];
    if (typeof prev === "number" && prev > 0) this.items[last] = prev + count;
    else this.items.push(count);
    return this;
  }

  /** Inserts `text`; a lone surrogate is refused with `text.surrogate_split`. */
  insert(text: string): this {
    if (text.length === 0) return this;
    if (!isWellFormed(text)) {
      throw new TextOperationError("text.surrogate_split", "insert contains a lone surrogate");
    }
    return this.insertTrusted(text);
  }

  delete(count: number): this {
    checkCount(count);
    if (count === 0) return this;
    this.base += count;
    const last = this.items.length - 1;
    const prev = this.items[last];
    if (typeof prev === "number" && prev < 0) this.items[last] = prev - count;
    else this.items.push(-count);
    return this;
  }

  /** Appends a component in the compact form (normalizing like the typed methods). */
  add(component: Component): this {
    if (typeof component === "string") return this.insert(component);
    return component > 0 ? this.retain(component) : this.delete(-component);
  }

  /** The normalized components; the builder must not be used afterwards. */
  take(): { ops: Component[]; baseLength: number; targetLength: number } {
    return { ops: this.items, baseLength: this.base, targetLength: this.target };
  }

  /** Inserts a string already known to be well formed. */
  insertTrusted(text: string): this {
    if (text.length === 0) return this;
    this.target += text.length;
    const items = this.items;
    const n = items.length;
    const last = items[n - 1];
    if (typeof last === "string") {
      items[n - 1] = last + text;
    } else if (typeof last === "number" && last < 0) {
      const beforeLast = items[n - 2];
      if (typeof beforeLast === "string") {
        items[n - 2] = beforeLast + text;
      } else {
        items[n - 1] = text;
        items.push(last);
      }
    } else {
      items.push(text);
    }
    return this;
  }
}

function checkCount(count: number): void {
  if (!Number.isInteger(count) || count < 0) throw new RangeError(`invalid count ${count}`);
}
