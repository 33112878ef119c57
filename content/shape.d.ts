/** Generated at build time by electron.vite.config.ts: the English content tree with every word taken out. */
declare module 'virtual:rebound/content-shape' {
  const shape: Record<string, unknown>;
  export default shape;
}
