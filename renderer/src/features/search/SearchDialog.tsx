import { Group, Kbd, Loader, Modal, Stack, Text, TextInput, UnstyledButton } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useId, useState, type KeyboardEvent } from 'react';
import { useNavigate } from 'react-router';
import { SEARCH_GROUP_LABELS, type SearchHit } from '../../../../shared/contract/search';
import { useApiQuery } from '../../api/queries';
import { ErrorAlert } from '../../components/ErrorAlert';
import classes from './SearchDialog.module.css';

/** From anywhere: find a person, a case, a letter, a campaign or a signer. */
export const SEARCH_SHORTCUT = 'mod+K';

const PAGE_OF: Record<SearchHit['opens']['page'], string> = {
  constituent: '/constituents',
  case: '/cases',
  campaign: '/campaigns',
  organisation: '/organisations',
};

export function pathOf(hit: SearchHit): string {
  return `${PAGE_OF[hit.opens.page]}/${hit.opens.id}`;
}

/**
 * The office-wide search: results as you type, grouped by kind, the words found marked in a quote;
 * arrow keys move through them, Enter opens one, Escape closes.
 */
export function SearchDialog({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title="Search Postbag"
      size="xl"
      yOffset="8vh"
      closeButtonProps={{ 'aria-label': 'Close the search' }}
    >
      {opened && <SearchBox onOpen={onClose} />}
    </Modal>
  );
}

function SearchBox({ onOpen }: { onOpen: () => void }) {
  const navigate = useNavigate();
  const listId = useId();
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const [searched] = useDebouncedValue(query.trim(), 150);
  const results = useApiQuery('search.global', { query: searched }, { enabled: searched.length > 0 });
  const shown = searched.length > 0 && results.data ? results.data : null;
  const hits = shown?.groups.flatMap((group) => group.hits) ?? [];
  const current = Math.min(active, Math.max(hits.length - 1, 0));
  const optionId = (index: number) => `${listId}-${index}`;
  const open = (hit: SearchHit) => {
    onOpen();
    void navigate(pathOf(hit));
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (hits.length === 0) return;
      const next = (current + (event.key === 'ArrowDown' ? 1 : hits.length - 1)) % hits.length;
      setActive(next);
      document.getElementById(optionId(next))?.scrollIntoView({ block: 'nearest' });
    } else if (event.key === 'Enter' && hits[current]) {
      event.preventDefault();
      open(hits[current]);
    }
  };
  let index = 0;
  return (
    <Stack gap="sm">
      <TextInput
        data-autofocus
        label="Search for"
        description="A name, phone number, postcode, e-mail, case reference, or words from a case, letter or campaign"
        value={query}
        onChange={(e) => {
          setQuery(e.currentTarget.value);
          setActive(0);
        }}
        onKeyDown={onKeyDown}
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={hits.length > 0}
        aria-controls={listId}
        aria-activedescendant={hits.length > 0 ? optionId(current) : undefined}
        autoComplete="off"
        rightSection={results.isFetching ? <Loader size="xs" aria-label="Searching" /> : null}
      />
      <ErrorAlert error={results.error} title="The search did not work" />
      <Text size="sm" c="dimmed" aria-live="polite">
        {shown && hits.length === 0 ? `Nothing found for “${searched}”.` : ''}
        {shown && shown.ignoredWords.length > 0
          ? ` Words under three letters (${shown.ignoredWords.join(', ')}) are looked for in names only.`
          : ''}
      </Text>
      <div id={listId} role="listbox" aria-label="Results" className={classes.results}>
        {shown?.groups.map((group) => (
          <div key={group.kind} role="group" aria-label={SEARCH_GROUP_LABELS[group.kind]}>
            <Text size="xs" fw={700} tt="uppercase" c="dimmed" mt="xs" aria-hidden>
              {SEARCH_GROUP_LABELS[group.kind]}
            </Text>
            {group.hits.map((hit) => {
              const at = index++;
              return (
                <UnstyledButton
                  key={`${hit.kind}-${hit.id}`}
                  id={optionId(at)}
                  role="option"
                  aria-selected={at === current}
                  tabIndex={-1}
                  className={classes.hit}
                  onMouseEnter={() => setActive(at)}
                  onClick={() => open(hit)}
                >
                  <Group justify="space-between" wrap="nowrap" gap="xs">
                    <Text size="sm" fw={600} truncate>
                      {hit.title}
                    </Text>
                    <Text size="xs" c="dimmed" truncate>
                      {hit.detail}
                    </Text>
                  </Group>
                  <Text size="sm" className={classes.snippet}>
                    {hit.snippet.map((part, i) => (part.match ? <mark key={i}>{part.text}</mark> : part.text))}
                  </Text>
                </UnstyledButton>
              );
            })}
          </div>
        ))}
      </div>
      <Text size="xs" c="dimmed">
        <Kbd>↑</Kbd> <Kbd>↓</Kbd> to move, <Kbd>Enter</Kbd> to open, <Kbd>Esc</Kbd> to close
      </Text>
    </Stack>
  );
}
