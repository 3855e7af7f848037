import { useEffect, useState } from "preact/hooks";
import { get } from "../api";
import { t } from "../i18n";
import type { MeetingCommands } from "../meetings/commands";
import type { GroupMember, RosterEntry, WorkingGroupView } from "../types";
import { Field } from "../ui/components";

type Run = (action: () => Promise<unknown>) => Promise<void>;

// One request per group for every seat's field (the group's organizers may read it; others get no list).
const lists = new Map<string, Promise<GroupMember[]>>();

function membersOf(groupId: string): Promise<GroupMember[]> {
  let list = lists.get(groupId);
  if (!list) {
    list = get<WorkingGroupView>(`/api/working-groups/${encodeURIComponent(groupId)}`).then(
      (view) => view.group.members,
      () => [],
    );
    lists.set(groupId, list);
  }
  return list;
}

/**
 * Which member of the group a seat is, for the facilitator: recusals and the quorum of polls about development
 * intentions count members. Shown only when the group's members can be read (organizers).
 */
export function SeatMemberField({ e, groupId, id, commands, run }: { e: RosterEntry; groupId: string; id: string; commands: MeetingCommands; run: Run }) {
  const [members, setMembers] = useState<GroupMember[]>([]);
  useEffect(() => {
    let live = true;
    void membersOf(groupId).then((list) => live && setMembers(list));
    return () => {
      live = false;
    };
  }, [groupId]);
  if (members.length === 0 || e.role === "Observer") return null;
  return (
    // data-member: the member the server has stored for the seat (the select shows the choice at once, before it is stored).
    <div class="seat-member" data-member={e.memberId ?? ""}>
      <Field id={id} label={t("seatMember.label")}>
        <select id={id} value={e.memberId ?? ""} onChange={(event) => void run(() => commands.setSeatMember(e.participantId, event.currentTarget.value || null))}>
          <option value="">{t("seatMember.none")}</option>
          {members.map((m) => (
            <option key={m.id} value={m.id ?? ""}>
              {m.organization ? `${m.name} (${m.organization})` : m.name}
            </option>
          ))}
        </select>
      </Field>
    </div>
  );
}
