import { useEffect } from 'react';
import { useApiQuery } from '../ipc/queries';

/** "system" follows prefers-color-scheme in CSS; light or dark pins it with data-theme. */
export function useTheme(): void {
  const settings = useApiQuery('settings:get');
  const theme = settings.data?.theme ?? 'system';
  useEffect(() => {
    if (theme === 'system') delete document.documentElement.dataset.theme;
    else document.documentElement.dataset.theme = theme;
  }, [theme]);
}
