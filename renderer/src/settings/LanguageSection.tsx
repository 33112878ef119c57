import { useId } from 'react';
import { content } from '../../../content';
import { activeLocale } from '../../../content/locales/active';
import { localeNames, pseudoLocales, shippedLocales } from '../../../content/locales/tags';
import type { Settings } from '../../../electron/core/settings/schema';
import { useApiMutation } from '../ipc/queries';
import { FormError } from '../components/SaveRow';

/**
 * The Language setting, saved as soon as it is picked. Each locale is named in its own language (a
 * reader finds theirs even in a language they cannot read); the pseudo-locales are offered only while
 * one is in use, so a tester can leave it. When the language shown changes, the window reloads in it.
 */
export function LanguageSection({ settings, reload = () => window.location.reload() }: { settings: Settings; reload?: () => void }) {
  const copy = content.views.settings;
  const id = useId();
  const update = useApiMutation('settings:update');
  const showPseudo = pseudoLocales.includes(activeLocale().tag) || pseudoLocales.includes(settings.language as never);
  const choices = shippedLocales.filter((tag) => showPseudo || !pseudoLocales.includes(tag));
  return (
    <section className="card" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{copy.languageTitle}</h2>
      <div className="field">
        <label htmlFor={`${id}-language`}>{copy.language}</label>
        <select
          id={`${id}-language`}
          value={settings.language}
          disabled={update.isPending}
          aria-describedby={`${id}-language-hint`}
          onChange={(event) =>
            update.mutate(
              { language: event.target.value as Settings['language'] },
              // Core already speaks the new language; the page starts again in it (every view, every message).
              { onSuccess: () => reload() },
            )
          }
        >
          <option value="system">{copy.languageSystem}</option>
          {choices.map((tag) => (
            <option key={tag} value={tag} lang={tag}>
              {localeNames[tag]}
            </option>
          ))}
        </select>
        <p className="hint" id={`${id}-language-hint`}>
          {copy.languageHint}
        </p>
        {update.error ? <FormError message={update.error.message} /> : null}
      </div>
    </section>
  );
}
