export { analyze } from './analyze';
