import { content } from '../../../content';

/** A step's prompts by key; the content schema guarantees each key the screens use exists. */
export function promptsFor(number: number) {
  const prompts = content.reflection.steps[number - 1]?.prompts ?? {};
  return new Proxy({} as Record<string, string>, { get: (_target, key: string) => prompts[key] ?? '' });
}
