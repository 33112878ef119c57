import { describe, expect, it, vi } from 'vitest';
import { content } from '../../content';
import { applicationMenuTemplate, forbiddenRoles, rolesIn } from '../../electron/main/appMenu';
import { contextMenuTemplate, type EditingParams } from '../../electron/main/contextMenu';

vi.mock('electron', () => ({}));

const words = content.desktop.menu;

describe('the application menu', () => {
  it.each(['darwin', 'win32', 'linux'] as const)('%s: no DevTools, no reload, no help website', (platform) => {
    const roles = rolesIn(applicationMenuTemplate(platform, words));
    for (const role of forbiddenRoles) expect(roles).not.toContain(role);
    expect(JSON.stringify(applicationMenuTemplate(platform, words))).not.toMatch(/https?:|devtools/i);
  });

  it.each(['darwin', 'win32', 'linux'] as const)('%s: the editing roles, so copy and paste work in text fields', (platform) => {
    expect(rolesIn(applicationMenuTemplate(platform, words))).toEqual(
      expect.arrayContaining(['undo', 'redo', 'cut', 'copy', 'paste', 'selectAll', 'quit']),
    );
  });

  it('macOS: the app menu first (the system names it), then Edit, then Window', () => {
    const template = applicationMenuTemplate('darwin', words);
    expect(template.map((item) => item.label)).toEqual(['Rebound', 'Edit', 'Window']);
    expect(rolesIn(template)).toEqual(expect.arrayContaining(['hide', 'hideOthers', 'unhide', 'pasteAndMatchStyle', 'front']));
  });

  it('Windows and Linux: File and Edit, no macOS-only roles', () => {
    const template = applicationMenuTemplate('linux', words);
    expect(template.map((item) => item.label)).toEqual(['File', 'Edit']);
    expect(rolesIn(template)).not.toContain('hideOthers');
    expect(rolesIn(template)).not.toContain('pasteAndMatchStyle');
  });

  it('every item has our own label (no Electron default words)', () => {
    const labels = (items: ReturnType<typeof applicationMenuTemplate>): unknown[] =>
      items.flatMap((item) => [
        item.type === 'separator' ? 'sep' : item.label,
        ...(Array.isArray(item.submenu) ? labels(item.submenu) : []),
      ]);
    for (const platform of ['darwin', 'linux'] as const) {
      expect(labels(applicationMenuTemplate(platform, words)).every((label) => typeof label === 'string' && label.length > 0)).toBe(true);
    }
  });
});

const flags = {
  canUndo: true,
  canRedo: true,
  canCut: true,
  canCopy: true,
  canPaste: true,
  canDelete: true,
  canSelectAll: true,
  canEditRichly: false,
};
const params = (patch: Partial<EditingParams>): EditingParams => ({
  isEditable: false,
  selectionText: '',
  misspelledWord: '',
  dictionarySuggestions: [],
  editFlags: flags,
  ...patch,
});
const both = { menu: words, context: content.desktop.contextMenu };

describe('the right-click menu', () => {
  it('a text field gets cut, copy, paste and select all, enabled as Chromium says', () => {
    const template = contextMenuTemplate(params({ isEditable: true, editFlags: { ...flags, canCut: false, canCopy: false } }), both, {
      replaceMisspelling: vi.fn(),
      learnSpelling: vi.fn(),
    });
    expect(template.filter((item) => item.role).map((item) => [item.role, item.enabled])).toEqual([
      ['cut', false],
      ['copy', false],
      ['paste', true],
      ['selectAll', true],
    ]);
  });

  it('a misspelling offers the ideas first; choosing one replaces the word', () => {
    const replaceMisspelling = vi.fn();
    const learnSpelling = vi.fn();
    const template = contextMenuTemplate(
      params({ isEditable: true, misspelledWord: 'recieve', dictionarySuggestions: ['receive', 'relieve'] }),
      both,
      { replaceMisspelling, learnSpelling },
    );
    expect(template.slice(0, 3).map((item) => item.label)).toEqual(['receive', 'relieve', content.desktop.contextMenu.learnSpelling]);
    (template[0]?.click as () => void)();
    (template[2]?.click as () => void)();
    expect(replaceMisspelling).toHaveBeenCalledWith('receive');
    expect(learnSpelling).toHaveBeenCalledWith('recieve');
  });

  it('a misspelling with no ideas says so, greyed out', () => {
    const template = contextMenuTemplate(params({ isEditable: true, misspelledWord: 'zxqv' }), both, {
      replaceMisspelling: vi.fn(),
      learnSpelling: vi.fn(),
    });
    expect(template[0]).toEqual({ label: content.desktop.contextMenu.noSuggestions, enabled: false });
  });

  it('selected text outside a field gets Copy only; a plain click gets no menu', () => {
    const actions = { replaceMisspelling: vi.fn(), learnSpelling: vi.fn() };
    expect(contextMenuTemplate(params({ selectionText: 'a line' }), both, actions).map((item) => item.role)).toEqual(['copy']);
    expect(contextMenuTemplate(params({ selectionText: '   ' }), both, actions)).toEqual([]);
    expect(contextMenuTemplate(params({}), both, actions)).toEqual([]);
  });
});
