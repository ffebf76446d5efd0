// Plain selectors over app.info.
import type { AppInfo } from './about.store';

export const hostLabel = (host: AppInfo['host']): string =>
  host === 'electron' ? 'Desktop application' : 'Browser host (development and testing only)';
