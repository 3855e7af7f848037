import { render } from "preact";
import { useLayoutEffect, useRef, useState } from "preact/hooks";
import { useId } from "../ui/uniqueId";
import { send } from "../api";
import { t } from "../i18n";
import type { DeclaredInterest, GroupMember, WorkingGroupDetails } from "../types";
import { Alert, Field, useAlert } from "../ui/components";

/** A declared interest per line: eight digits are an IČO, anything else a provider's name. */
export function parseInterests(text: string): DeclaredInterest[] {
  return text
    .split("\n")
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => (/^\d{3} ?\d{2} ?\d{3}$/.test(line) ? { ico: line.replace(/ /g, ""), name: null } : { ico: null, name: line }));
}

const interestsText = (interests: DeclaredInterest[] | null) => (interests ?? []).flatMap((i) => [i.ico, i.name].filter((v): v is string => !!v)).join("\n");

/** "Domov Harcov (IČO 25465015); zájem: Poradna Liberec" */
function describe(m: GroupMember): string {
  const organization = [m.organization, m.ico ? t("members.icoShort", { ico: m.ico }) : ""].filter(Boolean).join(", ");
  const interests = (m.interests ?? []).map((i) => i.name ?? i.ico).join(", ");
  return [organization, interests ? t("members.interestsShort", { interests }) : "", m.showName ? t("members.showNameShort") : ""].filter(Boolean).join("; ");
}

/**
 * The group's members with their organisation, IČO and declared interests (recusals in polls about development
 * intentions go by them); the group's managers add and edit them.
 */
export function MembersSection({ group, manages, saved }: { group: WorkingGroupDetails; manages: boolean; saved(group: WorkingGroupDetails): void }) {
  const [editing, setEditing] = useState<string | null>(null);
  if (group.members.length === 0 && !manages) return null;
  const save = async (member: GroupMember, id: string | null) => {
    const url = id ? `/api/working-groups/${group.id}/members/${id}` : `/api/working-groups/${group.id}/members`;
    saved(await send<WorkingGroupDetails>(id ? "PUT" : "POST", url, member));
    setEditing(null);
  };
  return (
    <section aria-labelledby="members">
      <h2 id="members">{t("group.members")}</h2>
      <ul class="members">
        {group.members.map((m) => (
          <li key={m.id}>
            {editing === m.id ? (
              <MemberForm member={m} save={(changed) => save(changed, m.id)} cancel={() => setEditing(null)} />
            ) : (
              <>
                <strong>{m.name}</strong>
                {describe(m) ? ` – ${describe(m)}` : ""}
                {manages ? (
                  <>
                    {" "}
                    <button type="button" class="link-button" onClick={() => setEditing(m.id)}>
                      {t("members.edit", { name: m.name })}
                    </button>
                  </>
                ) : null}
              </>
            )}
          </li>
        ))}
      </ul>
      {manages ? (
        <details class="member-add">
          <summary>{t("members.add")}</summary>
          <MemberForm member={null} save={(member) => save(member, null)} />
        </details>
      ) : null}
    </section>
  );
}

function MemberForm({ member, save, cancel }: { member: GroupMember | null; save(member: GroupMember): Promise<void>; cancel?: () => void }) {
  const id = useId();
  const alert = useAlert();
  const [fields, setFields] = useState({
    name: member?.name ?? "",
    organization: member?.organization ?? "",
    ico: member?.ico ?? "",
    interests: interestsText(member?.interests ?? null),
  });
  // The public sees the organisation unless the member chose their name (docs/protocol.md, "Who the public sees").
  const [showName, setShowName] = useState(member?.showName ?? false);
  const first = useRef<HTMLInputElement>(null);
  useLayoutEffect(() => {
    if (member) first.current?.focus();
  }, [member]);
  const set = (key: keyof typeof fields) => (event: Event) => setFields({ ...fields, [key]: (event.currentTarget as HTMLInputElement).value });
  const submit = (event: Event) => {
    event.preventDefault();
    void alert.run(async () => {
      await save({ name: fields.name, organization: fields.organization || null, ico: fields.ico || null, interests: parseInterests(fields.interests), id: member?.id ?? null, showName });
      if (!member) {
        setFields({ name: "", organization: "", ico: "", interests: "" });
        setShowName(false);
      }
    });
  };
  return (
    <form class="member-form" onSubmit={submit} novalidate>
      <Alert message={alert.message} />
      <Field id={`${id}-name`} label={t("members.name")} required>
        <input ref={first} id={`${id}-name`} type="text" required maxLength={200} autocomplete="off" value={fields.name} onInput={set("name")} />
      </Field>
      <Field id={`${id}-organization`} label={t("members.organization")}>
        <input id={`${id}-organization`} type="text" maxLength={200} autocomplete="organization" value={fields.organization} onInput={set("organization")} />
      </Field>
      <Field id={`${id}-ico`} label={t("members.ico")} hint={t("members.icoHint")}>
        <input id={`${id}-ico`} type="text" inputMode="numeric" maxLength={10} autocomplete="off" value={fields.ico} onInput={set("ico")} />
      </Field>
      <Field id={`${id}-interests`} label={t("members.interests")} hint={t("members.interestsHint")}>
        <textarea id={`${id}-interests`} rows={3} value={fields.interests} onInput={set("interests")} />
      </Field>
      <label>
        <input type="checkbox" name="showName" checked={showName} onChange={(event) => setShowName(event.currentTarget.checked)} /> {t("members.showName")}
      </label>
      <div class="form-actions">
        <button type="submit" class="primary">
          {member ? t("members.save") : t("members.addSubmit")}
        </button>
        {cancel ? (
          <button type="button" onClick={cancel}>
            {t("members.cancel")}
          </button>
        ) : null}
      </div>
    </form>
  );
}

/** Mounts the section into an element the page keeps across its renders (the page is built with dom.ts). */
export function renderMembers(el: HTMLElement, group: WorkingGroupDetails, manages: boolean, saved: (group: WorkingGroupDetails) => void): HTMLElement {
  render(<MembersSection group={group} manages={manages} saved={saved} />, el);
  return el;
}
