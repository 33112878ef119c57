import { parseHash } from './route';
import { loadView } from './views';

/**
 * The first view's chunk, asked for as soon as the app's code starts to run (main.tsx imports this
 * module first), so it downloads while React and the rest of the shell are still being set up.
 */
export const firstView = loadView(parseHash(window.location.hash).view);
