import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ExportButton } from '../../renderer/src/components/ExportButton';
import { ClientError } from '../../renderer/src/ipc/client';

afterEach(() => vi.restoreAllMocks());

describe('an export', () => {
  it('says the file was saved, and where to look', async () => {
    // jsdom has no object URLs; the download itself is the browser's (and in Electron, its save dialog's).
    URL.createObjectURL = vi.fn(() => 'blob:rebound/1');
    URL.revokeObjectURL = vi.fn();
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    render(<ExportButton label="Export applications" load={async () => ({ fileName: 'rebound-applications.csv', content: 'a,b' })} />);
    expect(screen.getByRole('status')).toHaveTextContent('');
    await userEvent.click(screen.getByRole('button', { name: 'Export applications' }));
    expect(
      await screen.findByText('rebound-applications.csv is saved. Look in your Downloads folder, or wherever you chose to save it.'),
    ).toBeInTheDocument();
  });

  it('says nothing of the kind when the export was refused', async () => {
    render(
      <ExportButton
        label="Export applications"
        load={async () => {
          throw new ClientError({ code: 'internal', message: 'Something went wrong on our side.' });
        }}
      />,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Export applications' }));
    expect(await screen.findByText('Something went wrong on our side.')).toBeInTheDocument();
    expect(screen.queryByText(/is saved/)).not.toBeInTheDocument();
  });
});
