// Owns what the About screen shows: `app.info` as main reports it, fetched through the real IPC path.
import { create } from 'zustand';
import { devtools } from 'zustand/middleware';
import type { AppContract, IpcError, OutputOf } from '../../../../shared/contract';
import { request } from '../../../api/request';
import { devtoolsEnabled } from '../../../lib/devtools';

export type AppInfo = OutputOf<AppContract, 'app.info'>;

export interface AboutData {
  info: AppInfo | null;
  error: IpcError | null;
  loading: boolean;
}

export interface AboutStore extends AboutData {
  /** Fetches app.info; a second call while one is running does nothing. */
  load: () => Promise<IpcError | null>;
}

export const initialAboutData: AboutData = { info: null, error: null, loading: false };

export const useAboutStore = create<AboutStore>()(
  devtools(
    (set, get) => ({
      ...initialAboutData,
      async load() {
        if (get().loading) return null;
        set({ loading: true, error: null }, false, 'about/load');
        const envelope = await request('app.info', {});
        if (envelope.ok) {
          set({ info: envelope.value, loading: false }, false, 'about/load:done');
          return null;
        }
        set({ error: envelope.error, loading: false }, false, 'about/load:failed');
        return envelope.error;
      },
    }),
    { name: 'about', enabled: devtoolsEnabled() },
  ),
);

export function resetAboutStore(): void {
  useAboutStore.setState(initialAboutData, false);
}
