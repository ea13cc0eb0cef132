import type { Kysely } from 'kysely';
import * as m001 from './001_settings_audit_constituents';
import * as m002 from './002_cases';
import * as m003 from './003_campaigns_signatures';
import * as m004 from './004_parliament_petitions';
import * as m005 from './005_organisations_correspondence';
import * as m006 from './006_letter_templates';
import * as m007 from './007_correspondence_attachments';
import * as m008 from './008_standard_reply_template';
import * as m009 from './009_intake_outcomes';
import * as m010 from './010_organisation_recipient';
import * as m011 from './011_ward_names';
import * as m012 from './012_signature_comments';
import * as m013 from './013_letter_drafts';
import * as m014 from './014_same_person_keys';
import * as m015 from './015_edit_versions';
import * as m016 from './016_attachment_contents';
import * as m017 from './017_staff';
import * as m018 from './018_more_edit_versions';
import * as m019 from './019_search_index';
import * as m020 from './020_report_indexes';
import * as m021 from './021_published_reply_figures';
import * as m022 from './022_append_only_audit';
import * as m023 from './023_erasures';
import * as m024 from './024_subject_access_requests';
import * as m025 from './025_retention_reviews';
import * as m026 from './026_case_consent';

export interface Migration {
  version: number;
  name: string;
  up(db: Kysely<unknown>): Promise<void>;
}

/** Static and ordered: bundlers cannot list a folder at run time. Version N = position N. */
export const migrations: readonly Migration[] = [
  { version: 1, name: 'settings, audit log, constituents', up: m001.up },
  { version: 2, name: 'cases, case events, case references', up: m002.up },
  { version: 3, name: 'campaigns, signatures, postcode directory', up: m003.up },
  { version: 4, name: 'UK Parliament petitions', up: m004.up },
  { version: 5, name: 'organisations, correspondence, bank holidays', up: m005.up },
  { version: 6, name: 'letter templates', up: m006.up },
  { version: 7, name: 'correspondence attachments', up: m007.up },
  { version: 8, name: 'campaign standard reply template', up: m008.up },
  { version: 9, name: 'intake search, salutation, case outcomes, field changes', up: m009.up },
  { version: 10, name: 'organisation recipient name and role', up: m010.up },
  { version: 11, name: 'ward names', up: m011.up },
  { version: 12, name: 'signature comments', up: m012.up },
  { version: 13, name: 'letter drafts', up: m013.up },
  { version: 14, name: 'same-person keys on constituents', up: m014.up },
  { version: 15, name: 'edit versions on cases and constituents', up: m015.up },
  { version: 16, name: 'attachment contents (office mode)', up: m016.up },
  { version: 17, name: 'staff accounts', up: m017.up },
  { version: 18, name: 'edit versions on organisations, campaigns and letter templates', up: m018.up },
  { version: 19, name: 'search index; signers by name', up: m019.up },
  { version: 20, name: 'indexes for the Reports page', up: m020.up },
  { version: 21, name: 'published reply figures', up: m021.up },
  { version: 22, name: 'append-only audit log', up: m022.up },
  { version: 23, name: 'record of erasures', up: m023.up },
  { version: 24, name: 'subject access request log', up: m024.up },
  { version: 25, name: 'retention reviews', up: m025.up },
  { version: 26, name: 'consent on cases', up: m026.up },
];

export const LATEST_SCHEMA_VERSION = migrations.length;
