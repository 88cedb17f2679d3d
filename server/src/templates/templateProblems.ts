import type { Template } from "@wijkbord/shared";
import { getWorksheet } from "@wijkbord/worksheets";
import type { ApiIssue } from "../http/apiError.ts";
import { isOwnQuestionKey } from "../sessions/isOwnQuestionKey.ts";

/**
 * What in a (schema-valid) template this server cannot set up: a worksheet or version it does not
 * know, an own question on a zone that has none, a card count or lock of a worksheet not in the
 * agenda. Empty when it can be used. The messages are Dutch first: an organiser reads them.
 */
export function templateProblems(template: Template): ApiIssue[] {
  const issues: ApiIssue[] = [];
  const instances = new Set(template.worksheets.map((w) => w.instanceId));
  template.worksheets.forEach((w, i) => {
    if (!getWorksheet(w.worksheetId, w.version))
      issues.push({
        path: `worksheets.${i}`,
        message: `onbekend werkblad (unknown worksheet): ${w.worksheetId} versie ${w.version}`,
      });
  });
  for (const key of Object.keys(template.texts)) {
    if (!isOwnQuestionKey(key, template.worksheets))
      issues.push({
        path: `texts.${key}`,
        message: `geen eigen vraag op deze plek (not an own question): ${key}`,
      });
  }
  for (const id of [...Object.keys(template.cardCounts), ...template.lockedAreas]) {
    if (!instances.has(id))
      issues.push({
        path: id,
        message: `werkblad staat niet in de agenda (worksheet not in the agenda): ${id}`,
      });
  }
  const ids = new Set<string>();
  template.starterNotes.forEach((note, i) => {
    if (ids.has(note.id))
      issues.push({ path: `starterNotes.${i}`, message: `dubbele notitie (duplicate note): ${note.id}` });
    ids.add(note.id);
  });
  return issues;
}
