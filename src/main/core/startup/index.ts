// Start-up checks that refuse an insecure configuration.
export { assertSecureStartup, InsecureConfigurationError, validateStartup } from './validate-startup';
export type { StartupConfig, StartupProblem } from './validate-startup';
