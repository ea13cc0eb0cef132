import type { MethodName } from './api';
import type { StaffRole } from './staff';

/**
 * Who may call a method: `anyone` (before signing in), `staff` (every role, volunteers included),
 * `casework` (caseworkers and administrators), `administration` (administrators only).
 */
export type Access = 'anyone' | 'staff' | 'casework' | 'administration';

const ROLES_WITH: Record<Exclude<Access, 'anyone'>, readonly StaffRole[]> = {
  staff: ['administrator', 'caseworker', 'volunteer'],
  casework: ['administrator', 'caseworker'],
  administration: ['administrator'],
};

/** The one table the dispatcher enforces (and the page follows, to offer only what a role may do). */
export const METHOD_ACCESS: Record<MethodName, Access> = {
  'system.health': 'anyone',
  'auth.status': 'anyone',
  'auth.setUp': 'anyone',
  'auth.signIn': 'anyone',
  'auth.signOut': 'staff',
  'auth.setSignInRequired': 'administration',
  'staff.list': 'staff',
  'staff.create': 'administration',
  'staff.update': 'administration',
  'staff.setPassword': 'administration',
  'office.testConnection': 'administration',
  'office.moveToServer': 'administration',
  'search.global': 'staff',
  'reports.office': 'casework',
  'settings.get': 'staff',
  'settings.update': 'administration',
  'letterhead.logo': 'casework',
  'letterhead.setLogo': 'administration',
  'letterhead.removeLogo': 'administration',
  'dashboard.summary': 'casework',
  'exampleData.load': 'administration',
  'exampleData.remove': 'administration',
  'constituents.list': 'casework',
  'constituents.get': 'casework',
  'constituents.find': 'casework',
  'constituents.create': 'casework',
  'constituents.update': 'casework',
  'cases.list': 'casework',
  'cases.get': 'casework',
  'cases.create': 'casework',
  'cases.update': 'casework',
  'cases.addNote': 'casework',
  'cases.changeStatus': 'casework',
  'intake.logContact': 'casework',
  'caseOutcomes.list': 'casework',
  'caseOutcomes.add': 'administration',
  'campaigns.list': 'staff',
  'campaigns.get': 'staff',
  'campaigns.create': 'staff',
  'campaigns.update': 'staff',
  'campaigns.changeStage': 'staff',
  'campaigns.addMilestone': 'staff',
  'campaigns.addFigure': 'staff',
  'campaigns.removeFigure': 'staff',
  'campaigns.linkConstituent': 'casework',
  'campaigns.unlinkConstituent': 'casework',
  'campaigns.mailMerge': 'casework',
  'campaigns.importParliamentPetition': 'staff',
  'signatures.previewImport': 'staff',
  'signatures.import': 'staff',
  'signatures.undoBatch': 'staff',
  'signatures.add': 'staff',
  'signatures.list': 'staff',
  'signatures.export': 'staff',
  'organisations.list': 'casework',
  'organisations.get': 'casework',
  'organisations.create': 'casework',
  'organisations.update': 'casework',
  'correspondence.list': 'casework',
  'correspondence.recordOutgoing': 'casework',
  'correspondence.recordIncoming': 'casework',
  'attachments.add': 'casework',
  'attachments.download': 'casework',
  'attachments.remove': 'casework',
  'bankHolidays.status': 'staff',
  'bankHolidays.import': 'administration',
  'audit.list': 'administration',
  'dataProtection.exportSubjectAccess': 'administration',
  'dataProtection.erasePerson': 'administration',
  'replyFigures.status': 'casework',
  'replyFigures.import': 'administration',
  'letters.templates': 'casework',
  'letters.saveTemplate': 'casework',
  'letters.context': 'casework',
  'letters.saveDraft': 'casework',
  'letters.draft': 'casework',
  'letters.drafts': 'casework',
  'letters.discardDraft': 'casework',
  'letters.exportDocx': 'casework',
  'letters.standardReplyRecipients': 'casework',
  'letters.exportStandardReplyDocx': 'casework',
  'postcodes.status': 'staff',
  'postcodes.importDirectory': 'administration',
  'postcodes.importWardNames': 'administration',
  'jobs.result': 'staff',
  'jobs.cancel': 'staff',
};

/** Who may, in words, for a refusal. */
export const ACCESS_LABELS: Record<Access, string> = {
  anyone: 'anyone',
  staff: 'staff',
  casework: 'caseworkers and administrators',
  administration: 'administrators',
};

export function mayCall(role: StaffRole, method: MethodName): boolean {
  const access = METHOD_ACCESS[method];
  return access === 'anyone' || ROLES_WITH[access].includes(role);
}
