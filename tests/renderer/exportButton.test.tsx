import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ExportButton } from '../../renderer/src/components/ExportButton';
import type { TestCore } from '../support/core';
import { connectRealCore, renderWithQuery } from './withCore';

/** An export's download ending, as main reports it over the download:done event. */

let core: TestCore | null = null;
afterEach(() => core?.close());
beforeEach(() => {
  // jsdom has no object URLs and does not download; the click on the link is all that matters here.
  URL.createObjectURL = vi.fn(() => 'blob:rebound/1');
  URL.revokeObjectURL = vi.fn();
});

const file = async () => ({ fileName: 'applications.csv', content: 'Company\n' });

describe('an export button hears how its download ended', () => {
  it('says where the file went, and only on the button that started it', async () => {
    const connected = await connectRealCore();
    core = connected.core;
    renderWithQuery(
      <>
        <ExportButton label="Export applications" load={file} />
        <ExportButton label="Export the calendar" load={file} />
      </>,
    );
    // A download that this page did not start from these buttons says nothing.
    connected.emit('download:done', { kind: 'saved', message: 'Saved other.json in /tmp.' });
    expect(screen.queryByRole('status')).toBeNull();

    await userEvent.click(screen.getByRole('button', { name: 'Export applications' }));
    connected.emit('download:done', { kind: 'saved', message: 'Saved applications.csv in /home/dana/Documents.' });
    expect(await screen.findAllByRole('status')).toHaveLength(1);
    expect(screen.getByText('Saved applications.csv in /home/dana/Documents.')).toBeInTheDocument();
  });

  it('shows a failed save (a full disk) as an error beside the button', async () => {
    const connected = await connectRealCore();
    core = connected.core;
    renderWithQuery(<ExportButton label="Export applications" load={file} />);
    await userEvent.click(screen.getByRole('button', { name: 'Export applications' }));
    connected.emit('download:done', { kind: 'failed', message: "Rebound couldn't finish saving applications.csv." });
    expect(await screen.findByText("Rebound couldn't finish saving applications.csv.")).toBeInTheDocument();
    expect(screen.queryByRole('status')).toBeNull();
  });
});
