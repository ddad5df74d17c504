export { Litigation } from './litigation.tsx';
