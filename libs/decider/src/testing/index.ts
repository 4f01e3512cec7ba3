export { given } from './given';
export type { DeciderThen, DeciderWhen, ErrorMatcher } from './given';
