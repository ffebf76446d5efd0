// The holidays feature: the program holidays of the current academic year (list, add, remove).
export { HolidaysScreen, type HolidaysScreenProps } from './components/HolidaysScreen';
export { type HolidaysActions, type HolidaysData, type HolidaysStore, initialHolidaysData, resetHolidaysStore, useHolidaysStore } from './store/holidays.store';
export { checkHoliday, withHoliday, withoutHoliday } from './store/holiday-list';
