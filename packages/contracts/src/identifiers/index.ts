// Validators for Chinese identifiers: credit codes, patent application numbers, software copyrights, standards.
export * from './cn-patent';
export { reasonText, type InvalidReason, type Validation } from './reason';
export * from './schemas';
export * from './software-copyright';
export * from './standard-codes';
export * from './standard-number';
export * from './uscc';
export * from './uscc-codes';
