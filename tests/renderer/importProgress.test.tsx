import { act, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { catalogueOf } from '../../content/locales/catalogues';
import { applyLocale } from '../../content/locales/apply';
import { buildApi } from '../../electron/core/ipc/api';
import type { Channel } from '../../electron/core/ipc/contract';
import type { ImportApplied, ImportPreview, ImportProgress } from '../../electron/core/imports/schema';
import { blankRow } from '../../electron/core/imports/rows';
import { ImportSection } from '../../renderer/src/settings/ImportSection';
import { renderWithQuery } from './withCore';

/**
 * A long import's progress in Settings → Bring your search in, over a fake bridge: the preview and the
 * confirm stay pending until the test answers them, and the test pushes `imports:progress` itself, so
 * each step of the bar is looked at exactly, with nothing waiting on time.
 */

afterEach(() => applyLocale('en', null, []));

function fakeBridge() {
  const listeners = new Set<(progress: ImportProgress) => void>();
  const answers = new Map<Channel, (data: unknown) => void>();
  window.rebound = buildApi(
    (channel) => new Promise((resolve) => answers.set(channel, (data) => resolve({ ok: true, data }))),
    (event, listener) => {
      if (event !== 'imports:progress') return () => undefined;
      const heard = listener as (progress: ImportProgress) => void;
      listeners.add(heard);
      return () => listeners.delete(heard);
    },
  );
  return {
    listeners,
    push: (progress: ImportProgress) => act(() => listeners.forEach((listener) => listener(progress))),
    answer: async (channel: Channel, data: unknown) => {
      const resolve = answers.get(channel);
      if (!resolve) throw new Error(`nothing asked ${channel}`);
      answers.delete(channel);
      await act(async () => resolve(data));
    },
    asked: (channel: Channel) => answers.has(channel),
  };
}

const rows = (count: number) =>
  Array.from({ length: count }, (_, index) => ({ ...blankRow('big.csv', index + 2, '2026-03-01'), company: `Company ${index + 1}` }));
const preview = (added: number): ImportPreview => ({
  source: 'spreadsheet',
  added: rows(added),
  alreadyTracked: [],
  refused: [],
  contacts: [],
  dateFormat: null,
});

async function readBigFile(bridge: ReturnType<typeof fakeBridge>) {
  const user = userEvent.setup();
  await user.upload(screen.getByLabelText('File to bring in'), new File(['Company\nAcme\n'], 'big.csv', { type: 'text/csv' }));
  await user.click(screen.getByRole('button', { name: 'Show what would come in' }));
  await screen.findByRole('button', { name: 'Reading the file…' });
  expect(bridge.asked('imports:preview')).toBe(true);
  return user;
}

describe('a long import shows how far it is', () => {
  it('reads, then checks against a known total, then writes, with a native bar and a plain line', async () => {
    const bridge = fakeBridge();
    renderWithQuery(<ImportSection />);
    expect(screen.queryByRole('progressbar')).toBeNull();
    const user = await readBigFile(bridge);

    // Before core has said anything: a bar without a value, and no line yet.
    const bar = screen.getByRole('progressbar', { name: 'Progress with your file' });
    expect(bar).not.toHaveAttribute('value');

    bridge.push({ phase: 'reading', rows: 12000, total: null });
    expect(screen.getByText('Reading row 12,000…')).toBeInTheDocument();
    // The total is not known while reading: the bar runs without a value.
    expect(screen.getByRole('progressbar')).not.toHaveAttribute('value');
    expect(screen.getByRole('progressbar')).toHaveAccessibleDescription('Reading row 12,000…');

    bridge.push({ phase: 'checking', rows: 12000, total: 40000 });
    const checking = screen.getByRole('progressbar', { name: 'Progress with your file' }) as HTMLProgressElement;
    expect(checking.value).toBe(12000);
    expect(checking.max).toBe(40000);
    expect(screen.getByText('Checking row 12,000 of 40,000 against what you already have…')).toBeInTheDocument();

    await bridge.answer('imports:preview', preview(3));
    expect(await screen.findByText('3 to add, 0 already here, 0 left out.')).toBeInTheDocument();
    expect(screen.queryByRole('progressbar')).toBeNull();

    // Confirming reads the file again, then says the one write is coming.
    await user.click(screen.getByRole('button', { name: 'Bring in 3' }));
    const again = await screen.findByRole('progressbar', { name: 'Progress with your file' });
    // What the preview last said is not shown again as if it were the confirm's.
    expect(screen.queryByText(/Checking row/)).toBeNull();
    bridge.push({ phase: 'writing', rows: 3, total: 3 });
    expect((again as HTMLProgressElement).value).toBe(3);
    expect(screen.getByText('Adding 3 of 3 to your tracker. They all arrive together at the end…')).toBeInTheDocument();

    const applied: ImportApplied = { added: 3, alreadyTracked: 0, refused: 0, contacts: 0 };
    await bridge.answer('imports:apply', applied);
    expect(await screen.findByText(/Done: 3 added\./)).toBeInTheDocument();
    expect(screen.queryByRole('progressbar')).toBeNull();
  });

  it('fills the bar again while the rows are written, as the write says how far it is', async () => {
    const bridge = fakeBridge();
    renderWithQuery(<ImportSection />);
    const user = await readBigFile(bridge);
    await bridge.answer('imports:preview', preview(3));
    await user.click(await screen.findByRole('button', { name: 'Bring in 3' }));
    await screen.findByRole('progressbar', { name: 'Progress with your file' });
    // The write's own steps, as the import worker sends them: 0, then every 1,000 rows of 40,000.
    bridge.push({ phase: 'writing', rows: 0, total: 40000 });
    const bar = screen.getByRole('progressbar', { name: 'Progress with your file' }) as HTMLProgressElement;
    expect(bar.value).toBe(0);
    expect(bar.max).toBe(40000);
    bridge.push({ phase: 'writing', rows: 12000, total: 40000 });
    expect(bar.value).toBe(12000);
    expect(bar).toHaveAccessibleDescription('Adding 12,000 of 40,000 to your tracker. They all arrive together at the end…');
    // Nothing new to write (the same file again): no bar that claims a share of nothing.
    bridge.push({ phase: 'writing', rows: 0, total: 0 });
    expect(screen.getByRole('progressbar')).not.toHaveAttribute('value');
  });

  it('writes the numbers as the locale groups them, in its own words', async () => {
    applyLocale('de', catalogueOf('de'), []);
    const bridge = fakeBridge();
    renderWithQuery(<ImportSection />);
    const user = userEvent.setup();
    await user.upload(screen.getByLabelText('Datei zum Einlesen'), new File(['Firma\nAcme\n'], 'gross.csv', { type: 'text/csv' }));
    await user.click(screen.getByRole('button', { name: 'Vorschau zeigen' }));
    await screen.findByRole('button', { name: 'Datei wird gelesen…' });
    bridge.push({ phase: 'checking', rows: 12000, total: 40000 });
    expect(screen.getByRole('progressbar', { name: 'Fortschritt mit deiner Datei' })).toHaveAccessibleDescription(
      'Zeile 12.000 von 40.000 wird mit dem abgeglichen, was du schon hast…',
    );
    bridge.push({ phase: 'writing', rows: 12000, total: 40000 });
    expect(screen.getByRole('progressbar')).toHaveAccessibleDescription(
      '12.000 von 40.000 werden hinzugefügt. Am Ende kommen alle zusammen an…',
    );
  });

  it('stops listening when Settings closes', async () => {
    const bridge = fakeBridge();
    const view = renderWithQuery(<ImportSection />);
    expect(bridge.listeners.size).toBe(1);
    await readBigFile(bridge);
    bridge.push({ phase: 'reading', rows: 2000, total: null });
    view.unmount();
    expect(bridge.listeners.size).toBe(0);
  });
});
