// The home feature: the landing screen after unlock.
export { HomeScreen, type HomeScreenProps } from './components/HomeScreen';
