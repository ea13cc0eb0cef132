import type { ParsedInput } from '../../../../shared/contract/api';
import { mayCall } from '../../../../shared/contract/access';
import type { Change } from '../../../../shared/contract/changes';
import type { SearchHit, SearchResults } from '../../../../shared/contract/search';
import { formatUkDate } from '../../../../shared/dates';
import { nameKey } from '../../../../shared/samePerson';
import { snippetOf } from '../../../../shared/searchSnippet';
import { foldedWords, foldText } from '../../../../shared/textMatching';
import type { Db, QueryContext } from '../../context';
import {
  INDEXED_KINDS,
  indexableWords,
  recordIdOf,
  searchKey,
  SHORTEST_INDEXED_WORD,
  type IndexedKind,
} from '../../db/searchIndex';
import { findConstituents } from '../constituents/constituent.service';
import { searchIndexVersion, setSearchIndexVersion } from '../settings/settings.service';
import {
  campaignRows,
  caseIdsOfConstituents,
  caseRows,
  clearSearchIndex,
  correspondenceIdsOfOrganisations,
  correspondenceRows,
  exampleIds,
  idsAfter,
  lockSearchIndex,
  matchSearchIndex,
  removeOrphanedEntries,
  signersNamed,
  SOURCE_TABLES,
  writeSearchEntries,
} from './search.repository';
import { campaignSource, caseSource, correspondenceSource, type SearchSource } from './searchSources';

const HITS_PER_GROUP = 8;

async function sourcesOf(db: Db, kind: IndexedKind, ids: readonly number[]): Promise<SearchSource[]> {
  if (kind === 'case') return (await caseRows(db, ids)).map(caseSource);
  if (kind === 'correspondence') return (await correspondenceRows(db, ids)).map(correspondenceSource);
  return (await campaignRows(db, ids)).map(campaignSource);
}

/** Re-writes the index entries of these records (removing those of records that are gone). */
async function reindex(db: Db, kind: IndexedKind, ids: Iterable<number>): Promise<void> {
  const all = [...new Set(ids)];
  for (let at = 0; at < all.length; at += 500) {
    const page = all.slice(at, at + 500);
    const found = new Map((await sourcesOf(db, kind, page)).map((source) => [source.id, source]));
    await writeSearchEntries(
      db,
      page.map((id) => ({ key: searchKey(kind, id), folded: foldText(found.get(id)?.texts.join(' ') ?? '') })),
    );
  }
}

/**
 * Keeps the index current inside a command's transaction, from what the command changed: the records
 * themselves, a constituent's cases (they carry the name), an organisation's letters (likewise); the
 * example office loaded or removed as a whole.
 */
export async function refreshSearchIndex(db: Db, changes: readonly Change[]): Promise<void> {
  const ids: Record<IndexedKind, Set<number>> = { case: new Set(), correspondence: new Set(), campaign: new Set() };
  const constituents: number[] = [];
  const organisations: number[] = [];
  for (const change of changes) {
    if (change.entity === 'example_data') {
      for (const kind of INDEXED_KINDS) {
        await removeOrphanedEntries(db, kind, SOURCE_TABLES[kind]);
        for (const id of await exampleIds(db, kind)) ids[kind].add(id);
      }
    } else if (change.id !== null) {
      if (change.entity === 'case' || change.entity === 'correspondence' || change.entity === 'campaign') {
        ids[change.entity].add(change.id);
      } else if (change.entity === 'constituent') constituents.push(change.id);
      else if (change.entity === 'organisation') organisations.push(change.id);
    }
  }
  for (const id of await caseIdsOfConstituents(db, constituents)) ids.case.add(id);
  for (const id of await correspondenceIdsOfOrganisations(db, organisations)) ids.correspondence.add(id);
  for (const kind of INDEXED_KINDS) await reindex(db, kind, ids[kind]);
}

/** The rules entries are built with: raise it when they change, and every office's index is rebuilt at its next start. */
const SEARCH_INDEX_VERSION = '1';

export async function searchIndexOutOfDate(db: Db): Promise<boolean> {
  return (await searchIndexVersion(db)) !== SEARCH_INDEX_VERSION;
}

/** Builds every entry afresh (a new index, or new indexing rules), a page at a time; one backend at a time. */
export async function rebuildSearchIndex(db: Db): Promise<void> {
  await lockSearchIndex(db);
  if (!(await searchIndexOutOfDate(db))) return;
  await clearSearchIndex(db);
  for (const kind of INDEXED_KINDS) {
    for (let after = 0; ;) {
      const page = await idsAfter(db, kind, after, 1_000);
      if (page.length === 0) break;
      await reindex(db, kind, page);
      after = page.at(-1)!;
    }
  }
  await setSearchIndexVersion(db, SEARCH_INDEX_VERSION);
}

function hitOf(kind: IndexedKind, source: SearchSource, words: readonly string[]): SearchHit {
  const snippet = source.texts
    .slice(1)
    .concat(source.texts.slice(0, 1))
    .map((text) => snippetOf(text, words))
    .find((found) => found !== null);
  return {
    kind,
    id: source.id,
    title: source.title,
    detail: source.detail,
    snippet: snippet ?? [{ text: source.detail, match: false }],
    opens: source.opens,
  };
}

/** How many of the newest matches are ranked: enough for relevance, few enough to stay fast at a million letters. */
const CANDIDATES = 200;

/**
 * Ranks an entry for the words: the earlier they appear the better (an entry's text starts with its
 * title, then who or what it is about), then the newer.
 */
function rankOf(folded: string, words: readonly string[]): number {
  return words.reduce((sum, word) => sum + Math.min(folded.indexOf(word), 1_000), 0);
}

async function indexedHits(ctx: QueryContext, kind: IndexedKind, words: readonly string[]): Promise<SearchHit[]> {
  const candidates = await matchSearchIndex(ctx.reader, kind, words, CANDIDATES);
  const best = candidates
    .map((entry) => ({ key: entry.key, rank: rankOf(entry.folded, words) }))
    .sort((a, b) => a.rank - b.rank || b.key - a.key)
    .slice(0, HITS_PER_GROUP);
  const sources = new Map(
    (
      await sourcesOf(
        ctx.reader,
        kind,
        best.map((entry) => recordIdOf(entry.key)),
      )
    ).map((s) => [s.id, s]),
  );
  return best.flatMap(({ key }) => {
    const source = sources.get(recordIdOf(key));
    return source ? [hitOf(kind, source, words)] : [];
  });
}

async function constituentHits(ctx: QueryContext, query: string, words: readonly string[]): Promise<SearchHit[]> {
  const matches = await findConstituents(ctx, { query });
  return matches.slice(0, HITS_PER_GROUP).map((match) => {
    const fields = [match.fullName, match.postcode, match.email, match.phone, match.addressLine1, match.town];
    const quoted = fields.map((text) => snippetOf(text, words)).find((found) => found !== null);
    const detail = [match.postcode, match.addressLine1, match.town].filter(Boolean).join(', ');
    return {
      kind: 'constituent',
      id: match.id,
      title: match.fullName,
      detail,
      snippet: quoted ?? [
        { text: match.matchedOn === 'phone' ? match.phone : detail, match: match.matchedOn === 'phone' },
      ],
      opens: { page: 'constituent', id: match.id },
    };
  });
}

async function signerHits(ctx: QueryContext, query: string): Promise<SearchHit[]> {
  const key = nameKey(query);
  if (key.length < SHORTEST_INDEXED_WORD) return [];
  const rows = await signersNamed(ctx.reader, key, HITS_PER_GROUP);
  return rows
    .filter((row) => row.nameKey.startsWith(key))
    .map((row) => ({
      kind: 'signer',
      id: row.id,
      title: row.fullName,
      detail: [`Signed ${row.campaign}`, row.signedOn && formatUkDate(row.signedOn), row.postcode]
        .filter(Boolean)
        .join(' · '),
      snippet: [{ text: row.fullName, match: true }],
      opens: { page: 'campaign', id: row.campaignId },
    }));
}

/**
 * One search across the office: constituents by the intake's matcher (names with a typing slip,
 * phone and postcode in any format), cases, letters and campaigns through the index, signers by name.
 * A volunteer's search looks at campaigns and signers only.
 */
export async function globalSearch(ctx: QueryContext, input: ParsedInput<'search.global'>): Promise<SearchResults> {
  const words = foldedWords(input.query);
  const indexed = indexableWords(words);
  const casework = ctx.caller.role !== null && mayCall(ctx.caller.role, 'cases.list');
  const none = async (): Promise<SearchHit[]> => [];
  const [constituent, kase, correspondence, campaign, signer] = await Promise.all([
    casework ? constituentHits(ctx, input.query, words) : none(),
    casework ? indexedHits(ctx, 'case', indexed) : none(),
    casework ? indexedHits(ctx, 'correspondence', indexed) : none(),
    indexedHits(ctx, 'campaign', indexed),
    signerHits(ctx, input.query),
  ]);
  const groups = (
    [
      ['constituent', constituent],
      ['case', kase],
      ['correspondence', correspondence],
      ['campaign', campaign],
      ['signer', signer],
    ] as const
  ).flatMap(([kind, hits]) => (hits.length > 0 ? [{ kind, hits }] : []));
  return { groups, ignoredWords: words.filter((word) => !indexed.includes(word)) };
}
