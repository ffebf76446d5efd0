// The academic years feature: creating a year from a block preset (with optional rollover) and
// editing its blocks. The years list is the program picker's, passed in by the app.
export { YearsScreen, type YearsScreenProps } from './components/YearsScreen';
export { useYearsStore, type YearsActions } from './store/years.store';
export { blockProblems, moveEnd, moveStart } from './store/blocks';
export { rolloverCandidate, suggestedLabel, suggestedStart } from './store/year-defaults';
