import { z } from 'zod';
import type { SnippetPart } from '../searchSnippet';

export const globalSearchInput = z.object({
  query: z.string().trim().min(1, 'Type something to search for').max(200, 'Search for at most 200 characters'),
});

export const SEARCH_GROUPS = ['constituent', 'case', 'correspondence', 'campaign', 'signer'] as const;
export type SearchGroupKind = (typeof SEARCH_GROUPS)[number];

export const SEARCH_GROUP_LABELS: Record<SearchGroupKind, string> = {
  constituent: 'Constituents',
  case: 'Cases',
  correspondence: 'Correspondence',
  campaign: 'Campaigns',
  signer: 'Signers',
};

/** One record found: what it is, a line about it, the words found in a quoted snippet, and where it opens. */
export interface SearchHit {
  kind: SearchGroupKind;
  id: number;
  title: string;
  detail: string;
  snippet: SnippetPart[];
  /** Where it opens: its own page, or (a letter, a signer) the record it belongs to. */
  opens: { page: 'constituent' | 'case' | 'campaign' | 'organisation'; id: number };
}

export interface SearchResults {
  /** Groups with hits, in the order of SEARCH_GROUPS; each its best few. */
  groups: { kind: SearchGroupKind; hits: SearchHit[] }[];
  /** Words too short to look for (under three letters), when some were left out. */
  ignoredWords: string[];
}
