import { createUserId, type Editor, useEditor, useValue } from "tldraw";
import type { PresentPerson } from "../sync/bindPresence.ts";
import { useFacilitation, useFacilitationMessages } from "./FacilitationContext.tsx";

/** Starts following a person's viewport (tldraw's follow mode over their instance_presence record). */
export function followPerson(editor: Editor, personId: string) {
  editor.startFollowingUser(createUserId(personId));
}

/** The person this editor follows, if any (by participant id). */
function useFollowing(editor: Editor | null): { id: string; name: string } | null {
  // A string, not an object: collaborators change with every cursor move, this rarely does.
  const key = useValue("following", () => {
    const userId = editor?.getInstanceState().followingUserId;
    if (!editor || !userId) return "";
    const presence = editor.getCollaborators().find((c) => c.userId === userId);
    return `${userId}\n${presence?.userName ?? ""}`;
  }, [editor]);
  if (!key) return null;
  const [id = "", name = ""] = key.split("\n");
  return { id, name };
}

/** "Volg" beside a person in the presence list (inside tldraw's UI). */
export function FollowButton({ person }: { person: PresentPerson }) {
  const editor = useEditor();
  const m = useFacilitationMessages();
  const following = useFollowing(editor);
  if (person.isSelf || person.role === "viewer") return null;
  const isFollowed = following?.id === createUserId(person.id);
  return (
    <button
      type="button"
      className={`wb-presence__follow${isFollowed ? " wb-button--pressed" : ""}`}
      data-testid="follow-person"
      aria-pressed={isFollowed}
      title={`${m.followTitle} ${person.name}`}
      onClick={() => (isFollowed ? editor.stopFollowingUser() : followPerson(editor, person.id))}
    >
      {m.follow}
    </button>
  );
}

/**
 * In the top bar: while following, whom and a stop button (Escape also stops); otherwise, for
 * participants, a shortcut to follow the facilitator when one is present.
 */
export function FollowControls({ editor }: { editor: Editor | null }) {
  const { presence, self } = useFacilitation();
  const m = useFacilitationMessages();
  const following = useFollowing(editor);
  const facilitator = useValue(
    "facilitator",
    () => presence.people.get().find((p) => !p.isSelf && p.role === "facilitator") ?? null,
    [presence],
  );
  if (!editor) return null;
  if (following) {
    return (
      <div className="wb-follow" data-testid="following-banner" role="status">
        <span>
          {m.following} <strong>{following.name}</strong>
        </span>
        <button
          type="button"
          className="wb-button utrecht-button utrecht-button--secondary-action wb-fac__small"
          data-testid="stop-following"
          title={m.stopFollowingHint}
          onClick={() => editor.stopFollowingUser()}
        >
          {m.stopFollowing}
        </button>
      </div>
    );
  }
  if (self.role === "facilitator" || !facilitator) return null;
  return (
    <button
      type="button"
      className="wb-button utrecht-button utrecht-button--secondary-action"
      data-testid="follow-facilitator"
      title={`${m.followTitle} ${facilitator.name}`}
      onClick={() => followPerson(editor, facilitator.id)}
    >
      {m.followFacilitator}
    </button>
  );
}
