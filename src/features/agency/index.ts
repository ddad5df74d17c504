export { Agency } from './agency.tsx';
