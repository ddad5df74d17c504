export { Quality } from './quality.tsx';
