import type { Component } from "./builder";

export const Kind = { Retain: 0, Insert: 1, Delete: 2 } as const;
export type Kind = (typeof Kind)[keyof typeof Kind];

export function kindOf(c: Component): Kind {
  return typeof c === "string" ? Kind.Insert : c > 0 ? Kind.Retain : Kind.Delete;
}

export function lengthOf(c: Component): number {
  return typeof c === "string" ? c.length : Math.abs(c);
}

/** Walks components and hands them out in pieces, so compose and transform can split them. */
export class ComponentCursor {
  private index = 0;
  private offset = 0;

  constructor(private readonly ops: readonly Component[]) {}

  get hasCurrent(): boolean {
    return this.index < this.ops.length;
  }

  get kind(): Kind {
    return kindOf(this.ops[this.index]);
  }

  /** The length left of the current component. */
  get remaining(): number {
    return lengthOf(this.ops[this.index]) - this.offset;
  }

  /** The next `length` characters of the current insert. */
  insertText(length: number): string {
    const text = this.ops[this.index] as string;
    return this.offset === 0 && length === text.length ? text : text.substring(this.offset, this.offset + length);
  }

  advance(length: number): void {
    this.offset += length;
    if (this.offset >= lengthOf(this.ops[this.index])) {
      this.index++;
      this.offset = 0;
    }
  }
}
