// What the importers answer (docs/protocol.md, "Imports").

import type { PlanDraft, PlanView } from "../plans/types";

export interface UnplacedLine {
  lineNumber: number;
  text: string;
  reason: string;
}

export interface ProposalItem {
  lineNumber: number;
  text: string;
}

export interface VisionImportPreview {
  record: {
    title: string | null;
    fields: { label: string; value: string }[];
    introduction: string | null;
    areas: { lineNumber: number; heading: string; text: string }[];
  };
  createsDocument: boolean;
  existingDocumentTitle: string | null;
  groups: { lineNumber: number; heading: string | null; areaHeading: string | null; items: ProposalItem[] }[];
  unplaced: UnplacedLine[];
}

export interface VisionImportResponse {
  preview: VisionImportPreview;
  saved: { visionDocumentId: string | null; documentCreated: boolean; proposalsAdded: number; proposalsPlaced: number } | null;
}

export interface PlanImportResponse {
  plan: PlanDraft;
  unplaced: UnplacedLine[];
  saved: PlanView | null;
}
