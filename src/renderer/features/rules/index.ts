// The rules feature: a program's rule parameters, with the ACGME defaults beside them.
export { RulesScreen, type RulesScreenProps } from './components/RulesScreen';
export { initialRulesData, resetRulesStore, type RulesActions, type RulesData, type RulesStore, useRulesStore } from './store/rules.store';
export { draftOf, parametersOf, RULE_GROUPS } from './store/rule-fields';
