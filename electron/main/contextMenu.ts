import type { ContextMenuParams, MenuItemConstructorOptions } from 'electron';
import type { content } from '../../content';
import type { MenuWords } from './appMenu';

type ContextWords = (typeof content)['desktop']['contextMenu'];

export type EditingParams = Pick<
  ContextMenuParams,
  'isEditable' | 'selectionText' | 'misspelledWord' | 'dictionarySuggestions' | 'editFlags'
>;

export interface ContextActions {
  replaceMisspelling: (word: string) => void;
  learnSpelling: (word: string) => void;
}

/**
 * The right-click menu for a point in the page, or an empty list (no menu).
 * Text fields get spelling ideas (when the system checker found a slip), then
 * cut, copy, paste and select all, each enabled as Chromium says; selected
 * text elsewhere gets Copy. Links and images get nothing: navigation is the
 * page's business, and Rebound shows no remote images.
 */
export function contextMenuTemplate(
  params: EditingParams,
  words: { menu: MenuWords; context: ContextWords },
  actions: ContextActions,
): MenuItemConstructorOptions[] {
  const flags = params.editFlags;
  if (!params.isEditable) {
    return params.selectionText.trim() ? [{ role: 'copy', label: words.menu.copy, enabled: flags.canCopy }] : [];
  }
  const spelling: MenuItemConstructorOptions[] = [];
  if (params.misspelledWord) {
    const ideas = params.dictionarySuggestions.slice(0, 5);
    if (ideas.length === 0) spelling.push({ label: words.context.noSuggestions, enabled: false });
    for (const idea of ideas) spelling.push({ label: idea, click: () => actions.replaceMisspelling(idea) });
    spelling.push({ label: words.context.learnSpelling, click: () => actions.learnSpelling(params.misspelledWord) });
    spelling.push({ type: 'separator' });
  }
  return [
    ...spelling,
    { role: 'cut', label: words.menu.cut, enabled: flags.canCut },
    { role: 'copy', label: words.menu.copy, enabled: flags.canCopy },
    { role: 'paste', label: words.menu.paste, enabled: flags.canPaste },
    { type: 'separator' },
    { role: 'selectAll', label: words.menu.selectAll, enabled: flags.canSelectAll },
  ];
}
