import { Input, Stack } from '@mantine/core';
import Document from '@tiptap/extension-document';
import Paragraph from '@tiptap/extension-paragraph';
import Text from '@tiptap/extension-text';
import { UndoRedo } from '@tiptap/extensions';
import { EditorContent, useEditor } from '@tiptap/react';
import { useEffect, useId, useRef } from 'react';
import classes from './Letter.module.css';
import { documentToText, MERGE_FIELD_NODE, textToDocument } from './letterDocument';
import { MergeFieldPalette } from './MergeFieldPalette';
import { MergeFieldNode } from './mergeFieldNode';

/**
 * The letter and template editor (TipTap): plain paragraphs with merge fields as chips. It reports
 * the stored text form, `{{field}}` placeholders and all, so nothing else needs to know TipTap.
 * Uncontrolled, like an input with a default value: ProseMirror may apply keystrokes before React
 * re-renders, so pushing a lagging value back in would lose typing. Give it a new `key` to reset it.
 */
export function MergeFieldEditor({
  label,
  description,
  defaultValue,
  error,
  onChange,
}: {
  label: string;
  description?: string;
  defaultValue: string;
  error?: string;
  onChange: (value: string) => void;
}) {
  const id = useId();
  const onChangeRef = useRef(onChange);
  useEffect(() => {
    onChangeRef.current = onChange;
  }, [onChange]);
  const editor = useEditor(
    {
      extensions: [Document, Paragraph, Text, UndoRedo, MergeFieldNode],
      content: textToDocument(defaultValue),
      immediatelyRender: true,
      shouldRerenderOnTransaction: false,
      editorProps: {
        attributes: {
          role: 'textbox',
          'aria-multiline': 'true',
          'aria-labelledby': `${id}-label`,
          ...(description ? { 'aria-describedby': `${id}-description` } : {}),
          class: classes.editor!,
        },
      },
      onUpdate: ({ editor: changed }) => onChangeRef.current(documentToText(changed.getJSON())),
    },
    // With deps, TipTap leaves the editor alone on re-render. Without them it pushes the options back
    // into the view on every render, which can put back a stale selection just after a click.
    [id],
  );

  return (
    <Input.Wrapper
      label={label}
      description={description}
      error={error}
      labelProps={{ id: `${id}-label` }}
      descriptionProps={{ id: `${id}-description` }}
    >
      <Stack gap={6} mt={4}>
        <EditorContent editor={editor} />
        <MergeFieldPalette
          onInsert={(name) => editor?.chain().focus().insertContent({ type: MERGE_FIELD_NODE, attrs: { name } }).run()}
        />
      </Stack>
    </Input.Wrapper>
  );
}
