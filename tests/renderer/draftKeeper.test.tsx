import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { draftKey, installDraftKeeper } from '../../renderer/src/components/draftKeeper';

function Note({ onSave }: { onSave?: () => void }) {
  const [text, setText] = useState('');
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        onSave?.();
      }}
    >
      <label>
        Note
        <textarea name="note" value={text} onChange={(event) => setText(event.target.value)} />
      </label>
      <p>{`${text.length} letters`}</p>
      <button type="submit">Save</button>
    </form>
  );
}

let stop: (() => void) | null = null;
afterEach(() => {
  stop?.();
  stop = null;
  window.sessionStorage.clear();
  window.history.replaceState(null, '', '/');
});

/** A reload: the old page is gone, the keeper starts again, the view renders empty. */
function reload(search: string) {
  stop?.();
  document.body.innerHTML = '';
  window.history.replaceState(null, '', `/${search}#/reflect`);
  stop = installDraftKeeper(window);
  return render(<Note />);
}

describe('text being typed survives a crash of the page', () => {
  it('puts back what was typed after a reload marked as a recovery, into React state too', async () => {
    window.history.replaceState(null, '', '/#/reflect');
    stop = installDraftKeeper(window);
    const first = render(<Note />);
    await userEvent.setup().type(screen.getByRole('textbox', { name: 'Note' }), 'Dear Sam');
    first.unmount();
    reload('?recovered');
    await waitFor(() => expect(screen.getByRole('textbox', { name: 'Note' })).toHaveValue('Dear Sam'));
    expect(screen.getByText('8 letters')).toBeInTheDocument();
  });

  it('restores nothing on a normal start, and forgets the old drafts', async () => {
    window.sessionStorage.setItem(draftKey('#/reflect', { name: 'note', id: '' }) as string, 'left over');
    reload('');
    await Promise.resolve();
    expect(screen.getByRole('textbox', { name: 'Note' })).toHaveValue('');
    expect(window.sessionStorage.length).toBe(0);
  });

  it('forgets a field once its form is submitted', async () => {
    window.history.replaceState(null, '', '/#/reflect');
    stop = installDraftKeeper(window);
    render(<Note />);
    const user = userEvent.setup();
    await user.type(screen.getByRole('textbox', { name: 'Note' }), 'saved already');
    expect(window.sessionStorage.length).toBe(1);
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(window.sessionStorage.length).toBe(0);
  });

  it('keys a draft by view and field, so another view never gets it', () => {
    expect(draftKey('#/reflect', { name: 'note', id: 'x' })).toBe('rebound:draft:#/reflect|note');
    expect(draftKey('#/wins', { name: '', id: 'r1' })).toBe('rebound:draft:#/wins|r1');
    expect(draftKey('#/wins', { name: '', id: '' })).toBeNull();
  });
});
