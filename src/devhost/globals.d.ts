/** Injected at build time by scripts/build-node-entries.mjs from package.json. */
declare const __APP_VERSION__: string | undefined;
