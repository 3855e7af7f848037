import { t } from "../i18n";
import type { MeetingPhase, MeetingRole, TargetGroup } from "../types";

export const targetGroupLabel = (value: TargetGroup | string) => t(`targetGroup.${value}`);
export const phaseLabel = (value: MeetingPhase) => t(`phase.${value}`);
export const roleLabel = (value: MeetingRole | string) => t(`role.${value}`);
