import { ParticipantSchema, type ReportAttendance, RoomCountSchema } from "@wijkbord/shared";

/** A note as the attendance counts it: on which worksheet, by whom ("" when unknown). */
export interface CountedNote {
  instanceId: string | null;
  authorId: string;
}

/**
 * Who took part. Online: every entry of the board's `participants` map that parses, except
 * facilitators (an entry marked `role: "facilitator"`, or a co-facilitator in `members`); a removed
 * participant still took part. In the room: the facilitator's count when it is a valid one, else
 * null. Joins oldest first (by name on a tie), names left out when `anonymous`. Per worksheet: its
 * notes and their different authors (notes by "anoniem", from an anonymous reveal, count as one).
 */
export function attendanceSection(
  participants: Readonly<Record<string, unknown>>,
  members: Readonly<Record<string, unknown>> | undefined,
  roomCount: unknown,
  anonymous: boolean,
  worksheets: readonly { instanceId: string; title: string }[],
  notes: readonly CountedNote[],
): ReportAttendance {
  const joined: { name: string; joinedAt: string }[] = [];
  for (const [id, value] of Object.entries(participants)) {
    const parsed = ParticipantSchema.safeParse(value);
    if (!parsed.success || parsed.data.role === "facilitator" || members?.[id] === "facilitator") continue;
    joined.push({ name: parsed.data.name, joinedAt: parsed.data.joinedAt });
  }
  joined.sort((a, b) =>
    a.joinedAt === b.joinedAt ? a.name.localeCompare(b.name) : a.joinedAt < b.joinedAt ? -1 : 1,
  );
  const room = RoomCountSchema.safeParse(roomCount);
  const inRoom = room.success ? room.data : null;
  return {
    online: joined.length,
    inRoom,
    total: joined.length + (inRoom ?? 0),
    joined: joined.map((j) => ({ name: anonymous ? null : j.name, joinedAt: j.joinedAt })),
    worksheets: worksheets.map(({ instanceId, title }) => {
      const mine = notes.filter((n) => n.instanceId === instanceId);
      return { instanceId, title, notes: mine.length, writers: new Set(mine.map((n) => n.authorId)).size };
    }),
  };
}
