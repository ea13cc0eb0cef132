import type { Generated } from 'kysely';
import type {
  CaseCategory,
  CaseEventKind,
  CasePriority,
  CaseStatus,
  ContactMethod,
} from '../../../shared/domain/enums';

/** The database as Kysely sees it (camelCase; CamelCasePlugin maps to snake_case columns). */
export interface Database {
  settings: SettingsTable;
  auditLog: AuditLogTable;
  constituents: ConstituentsTable;
  cases: CasesTable;
  caseEvents: CaseEventsTable;
  caseReferenceCounters: CaseReferenceCountersTable;
}

export interface SettingsTable {
  key: string;
  value: string;
}

export interface AuditLogTable {
  id: Generated<number>;
  at: string;
  actor: string;
  entity: string;
  entityId: number | null;
  action: string;
}

export interface ConstituentsTable {
  id: Generated<number>;
  title: string;
  firstName: string;
  lastName: string;
  email: string;
  phone: string;
  addressLine1: string;
  addressLine2: string;
  town: string;
  postcode: string;
  preferredContact: ContactMethod;
  doNotContact: number;
  isExample: number;
  createdAt: string;
  updatedAt: string;
}

export interface CasesTable {
  id: Generated<number>;
  reference: string;
  constituentId: number;
  title: string;
  description: string;
  category: CaseCategory;
  priority: CasePriority;
  assignee: string;
  status: CaseStatus;
  openedOn: string;
  dueOn: string | null;
  closedOn: string | null;
  outcome: string;
  isExample: number;
  createdAt: string;
  updatedAt: string;
}

export interface CaseEventsTable {
  id: Generated<number>;
  caseId: number;
  kind: CaseEventKind;
  body: string;
  fromStatus: CaseStatus | null;
  toStatus: CaseStatus | null;
  actor: string;
  at: string;
}

export interface CaseReferenceCountersTable {
  year: number;
  lastNumber: number;
}
