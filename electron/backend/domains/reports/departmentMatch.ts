import type { PublishedReplyFigure } from '../../../../shared/contract/replyFigures';
import { foldText } from '../../../../shared/textMatching';

const LINKING_WORDS = new Set(['of', 'for', 'and', 'the', 'on']);

/** A department's name as compared: accents, case, punctuation, "&" and "His/Her Majesty's" made alike. */
export function departmentKey(name: string): string {
  return foldText(name.replace(/&/g, ' and '))
    .replace(/\b(his|her) majestys\b/g, 'hm')
    .split(' ')
    .filter((word) => word !== 'the')
    .join(' ');
}

/** "Department for Work and Pensions" is also "DWP"; "Department for Transport" also "DfT". */
function initialsOf(key: string): string[] {
  const words = key.split(' ').flatMap((word) => (word === 'hm' ? ['h', 'm'] : [word]));
  const initials = (list: string[]) => list.map((word) => word[0]).join('');
  return [initials(words), initials(words.filter((word) => !LINKING_WORDS.has(word)))];
}

/**
 * Finds the published row for an organisation by its name as the office wrote it: the same name
 * (however spelled out), or a single word that is the initials of exactly one department.
 */
export function publishedFigureFinder(
  departments: readonly PublishedReplyFigure[],
): (organisationName: string) => PublishedReplyFigure | null {
  const byName = new Map(departments.map((row) => [departmentKey(row.department), row]));
  const byInitials = new Map<string, PublishedReplyFigure | null>();
  for (const row of departments) {
    for (const initials of new Set(initialsOf(departmentKey(row.department)))) {
      if (initials.length < 2) continue;
      const found = byInitials.get(initials);
      byInitials.set(initials, found === undefined || found === row ? row : null);
    }
  }
  return (organisationName) => {
    const key = departmentKey(organisationName);
    return byName.get(key) ?? (key.includes(' ') ? null : (byInitials.get(key) ?? null));
  };
}
