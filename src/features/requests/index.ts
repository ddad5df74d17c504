export { Requests } from './requests.tsx';
