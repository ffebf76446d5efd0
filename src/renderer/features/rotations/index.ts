// The rotations feature: the rotation templates of an academic year and their editor.
export { RotationsScreen, type RotationsScreenProps } from './components/RotationsScreen';
export {
  initialRotationsData,
  resetRotationsStore,
  type RotationsActions,
  type RotationsData,
  type RotationsStore,
  useRotationsStore,
} from './store/rotations.store';
export { draftFrom, emptyDraft, patternSummary, toInput } from './store/rotation-draft';
