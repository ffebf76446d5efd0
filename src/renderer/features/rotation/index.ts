// The rotation feature (keys.manage): the dashboard of secret rotation (due, overdue, in grace,
// policies, history, a running rotation with progress and cancel) and the app shell's notice.
export { RotationNotice, type RotationNoticeProps } from './components/RotationNotice';
export { RotationScreen } from './components/RotationScreen';
export { initialRotationData, resetRotationStore, type RotationData, type RotationStore, useRotationStore } from './store/rotation.store';
