import { InputRule, mergeAttributes, Node, PasteRule } from '@tiptap/core';
import { isMergeField, MERGE_FIELDS } from '../../../../shared/letters/mergeFields';
import classes from './Letter.module.css';
import { MERGE_FIELD_NODE } from './letterDocument';

/** A merge field as a chip: one unit to move over or delete; typed or pasted `{{name}}` becomes one. */
export const MergeFieldNode = Node.create({
  name: MERGE_FIELD_NODE,
  group: 'inline',
  inline: true,
  atom: true,
  selectable: true,

  addAttributes() {
    return {
      name: {
        default: '',
        parseHTML: (element) => element.getAttribute('data-merge-field'),
        renderHTML: (attributes) => ({ 'data-merge-field': attributes.name as string }),
      },
    };
  },

  parseHTML() {
    return [{ tag: 'span[data-merge-field]' }];
  },

  renderHTML({ node, HTMLAttributes }) {
    const name = node.attrs.name as string;
    const known = isMergeField(name);
    return [
      'span',
      mergeAttributes(HTMLAttributes, {
        class: known ? classes.chip : `${classes.chip} ${classes.chipUnknown}`,
        title: `{{${name}}}`,
      }),
      known ? MERGE_FIELDS[name]!.label : `Not a merge field: ${name}`,
    ];
  },

  renderText({ node }) {
    return `{{${node.attrs.name as string}}}`;
  },

  // The whole `{{name}}` becomes the chip (TipTap's node rules would keep the braces around it).
  addInputRules() {
    return [
      new InputRule({
        find: /\{\{\s*([\w.]+)\s*\}\}$/,
        handler: ({ state, range, match }) => {
          state.tr.replaceWith(range.from, range.to, this.type.create({ name: match[1] }));
        },
      }),
    ];
  },

  addPasteRules() {
    return [
      new PasteRule({
        find: /\{\{\s*([\w.]+)\s*\}\}/g,
        handler: ({ state, range, match }) => {
          state.tr.replaceWith(range.from, range.to, this.type.create({ name: match[1] }));
        },
      }),
    ];
  },
});
