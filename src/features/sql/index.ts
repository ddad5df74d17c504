export { SqlConsole } from './sql-console.tsx';
