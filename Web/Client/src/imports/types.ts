// What the importers answer (docs/protocol.md, "Imports"); generated from the C# records (src/contract.generated.ts).

export type { PlanImportResponse, ProposalItem, UnplacedLine, VisionImportPreview, VisionImportResponse } from "../contract.generated";
