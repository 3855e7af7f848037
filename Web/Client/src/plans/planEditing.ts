import { get, send } from "../api";
import type { PlanView } from "./types";

/** What a node of the tree is in an edit: its kind and where it is. */
export interface PlanNodeRef {
  id: string;
  version: number;
  /** Its parent (none for target groups), and its place among the parent's children. */
  parentId: string | null;
  index: number;
  siblings: number;
}

export interface NodeContent {
  code: string;
  text: string;
  notes: string | null;
}

/** The plan endpoints (docs/protocol.md, "Plans"); each change answers with the whole plan. */
export class PlanEditing {
  constructor(private readonly planId: string) {}

  private get base(): string {
    return `/api/plans/${encodeURIComponent(this.planId)}`;
  }

  load = () => get<PlanView>(this.base);
  add = (parentId: string | null, content: NodeContent) => send<PlanView>("POST", `${this.base}/nodes`, { parentId, content, position: null });
  edit = (node: PlanNodeRef, content: NodeContent) => send<PlanView>("PUT", `${this.base}/nodes/${node.id}`, { expectedVersion: node.version, ...content });
  remove = (node: PlanNodeRef) => send<PlanView>("DELETE", `${this.base}/nodes/${node.id}?expectedVersion=${node.version}`);
  move = (node: PlanNodeRef, parentId: string | null, position: number) =>
    send<PlanView>("POST", `${this.base}/nodes/${node.id}/move`, { expectedVersion: node.version, parentId, position });
}
