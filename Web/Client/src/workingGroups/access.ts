import { organizer } from "../session";
import type { WorkingGroupDetails } from "../types";

/** Whether the signed-in organizer runs the group: one of its managers, or an administrator (the server checks it too). */
export function organizesGroup(group: WorkingGroupDetails): boolean {
  const me = organizer();
  return me !== null && (me.isAdministrator || group.managers.some((m) => m.accountId === me.id));
}
