// The keychain tests run against a real Secret Service (gnome-keyring in a private D-Bus session,
// started by .ci/run or by `npm run test:integration:keyring`). Without one they fail loudly
// rather than pass by skipping, unless the developer opts out explicitly.
export function secretServiceAvailable(): boolean {
  if (process.env['DBUS_SESSION_BUS_ADDRESS']) return true;
  if (process.env['RESCHED_SKIP_KEYCHAIN_TESTS'] === '1') return false;
  throw new Error(
    'No D-Bus session: the keychain tests need a Secret Service. Run them through `npm test` (which starts one) or set RESCHED_SKIP_KEYCHAIN_TESTS=1 to skip them knowingly.',
  );
}

/** An environment in which no Secret Service can be reached. */
export function envWithoutSecretService(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  delete env['DBUS_SESSION_BUS_ADDRESS'];
  delete env['DISPLAY'];
  delete env['WAYLAND_DISPLAY'];
  env['XDG_RUNTIME_DIR'] = '/nonexistent';
  return env;
}
