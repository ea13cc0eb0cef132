import { useDebouncedValue } from '@mantine/hooks';
import { useEffect, useRef, useState } from 'react';
import type { MethodInput } from '../../../../shared/contract/api';
import type { LetterDraftRecord } from '../../../../shared/contract/letters';
import { useApi } from '../../api/ApiProvider';

type DraftFields = Omit<MethodInput<'letters.saveDraft'>, 'id'>;

/**
 * Saves the letter a moment after the caseworker stops typing, one save at a time (so the first
 * save's new id is used by the next, never a second draft). Nothing is saved until something changes.
 */
export function useDraftAutosave(
  fields: DraftFields | null,
  startingId: number | null,
  onFirstSave: (id: number) => void,
) {
  const api = useApi();
  const [saved, setSaved] = useState<LetterDraftRecord | null>(null);
  const [error, setError] = useState<unknown>(null);
  const current = fields === null ? null : JSON.stringify(fields);
  const [debounced] = useDebouncedValue(current, 800);
  const asOpened = useRef<string | null>(null);
  const queue = useRef<Promise<unknown>>(Promise.resolve());
  const id = useRef(startingId);
  // The letter as opened is not a change: noted at once, before any typing is debounced.
  useEffect(() => {
    if (asOpened.current === null && current !== null) asOpened.current = current;
  }, [current]);
  useEffect(() => {
    if (debounced === null || debounced === asOpened.current) return;
    queue.current = queue.current.then(async () => {
      try {
        const record = await api('letters.saveDraft', { ...(JSON.parse(debounced) as DraftFields), id: id.current });
        if (id.current === null) onFirstSave(record.id);
        id.current = record.id;
        setSaved(record);
        setError(null);
      } catch (failure) {
        setError(failure);
      }
    });
  }, [api, debounced, onFirstSave]);
  return { saved, error, draftId: saved?.id ?? startingId };
}
