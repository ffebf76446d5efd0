// The keys feature (keys.manage): managed keys — list with filters, detail with versions, usage and
// policy, and the generate, rotate, revoke, retire and delete dialogs.
export { KeysScreen } from './components/KeysScreen';
export { initialKeysData, resetKeysStore, type KeysData, type KeysStore, useKeysStore } from './store/keys.store';
