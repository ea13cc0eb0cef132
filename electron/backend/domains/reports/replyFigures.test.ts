import { describe, expect, it } from 'vitest';
import type { PublishedReplyFigure } from '../../../../shared/contract/replyFigures';
import { publishedFigureFinder } from './departmentMatch';
import { readReplyFiguresTable } from './replyFiguresTable';

const figure = (department: string): PublishedReplyFigure => ({
  department,
  targetWorkingDays: 20,
  received: 1,
  withinTargetPercent: 50,
  withinTwentyDaysPercent: 50,
});

describe('publishedFigureFinder', () => {
  const find = publishedFigureFinder(
    [
      'Department for Work and Pensions',
      'HM Revenue and Customs',
      'Department for Education',
      'Department for Transport',
      'Foreign, Commonwealth & Development Office',
      'Ministry of Justice',
      'Department of Health and Social Care',
      'His Majesty’s Passport Office',
      'Department for Environment, Food and Rural Affairs',
      'Department for Energy Security and Net Zero',
    ].map(figure),
  );
  const found = (name: string) => find(name)?.department ?? null;

  it('matches a name however it is spelled out', () => {
    expect(found('department for work & pensions')).toBe('Department for Work and Pensions');
    expect(found('The Foreign Commonwealth and Development Office')).toBe('Foreign, Commonwealth & Development Office');
    expect(found('HM Passport Office')).toBe('His Majesty’s Passport Office');
  });

  it('matches a department’s initials, with or without its linking words', () => {
    expect(found('DWP')).toBe('Department for Work and Pensions');
    expect(found('HMRC')).toBe('HM Revenue and Customs');
    expect(found('DfE')).toBe('Department for Education');
    expect(found('DfT')).toBe('Department for Transport');
    expect(found('MoJ')).toBe('Ministry of Justice');
    expect(found('DHSC')).toBe('Department of Health and Social Care');
    expect(found('FCDO')).toBe('Foreign, Commonwealth & Development Office');
    expect(found('Defra')).toBe('Department for Environment, Food and Rural Affairs');
    expect(found('DESNZ')).toBe('Department for Energy Security and Net Zero');
  });

  it('matches nothing rather than guess: unknown names, and initials two departments share', () => {
    expect(found('Home Office')).toBeNull();
    expect(found('Work and Pensions')).toBeNull();
    expect(
      publishedFigureFinder([figure('Department of Energy'), figure('Department of Education')])('DOE'),
    ).toBeNull();
  });
});

const csv = (lines: string[]) => Buffer.from(lines.join('\n'));

describe('readReplyFiguresTable', () => {
  it('reads an older year’s layout: targets as plain numbers, footnote digits, sub-agency dashes', () => {
    const table = readReplyFiguresTable(
      csv([
        'Department or Agency,Target set for reply (working days),Number of letters received,% of replies within target',
        'Home Office4,15,"8,761",61',
        '- Her Majesty’s Passport Office,15,"1,123",69',
        'Department for Education2,15,"16,898",66',
      ]),
    );
    expect(table.total).toBeNull();
    expect(table.departments).toEqual([
      {
        department: 'Home Office',
        targetWorkingDays: 15,
        received: 8761,
        withinTargetPercent: 61,
        withinTwentyDaysPercent: null,
      },
      {
        department: 'Her Majesty’s Passport Office',
        targetWorkingDays: 15,
        received: 1123,
        withinTargetPercent: 69,
        withinTwentyDaysPercent: null,
      },
      {
        department: 'Department for Education',
        targetWorkingDays: 15,
        received: 16898,
        withinTargetPercent: 66,
        withinTwentyDaysPercent: null,
      },
    ]);
  });

  it('rejects a figure that cannot be one, naming the row and column', () => {
    const read = (cell: string) => () =>
      readReplyFiguresTable(
        csv(['Department,Target,% within target,% within 20 working days', `Cabinet Office,20 Days,${cell},80%`]),
      );
    expect(read('120%')).toThrow('Row 2 (Cabinet Office), within target, is 120%: a percentage cannot be over 100.');
    expect(read('most')).toThrow(/Row 2 \(Cabinet Office\), within target, should be a percentage such as 79%/);
    expect(read('-')().departments[0]).toMatchObject({ withinTargetPercent: null, withinTwentyDaysPercent: 80 });
  });

  it('rejects a table with no departments or no heading it knows', () => {
    expect(() => readReplyFiguresTable(csv(['Department,% within target', 'Q1,50%', 'Total,60%']))).toThrow(
      'The table lists no departments below its heading row.',
    );
    expect(() => readReplyFiguresTable(csv(['Name,Email', 'Ann,ann@example.org']))).toThrow(/does not look like/);
  });
});
