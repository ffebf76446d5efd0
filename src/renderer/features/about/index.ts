// The about feature: the application's identity from app.info.
export { AboutScreen } from './components/AboutScreen';
export { type AboutData, type AboutStore, type AppInfo, initialAboutData, resetAboutStore, useAboutStore } from './store/about.store';
export { hostLabel } from './store/selectors';
