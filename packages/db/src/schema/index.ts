export * from './accounts';
export * from './audit';
export * from './consortia';
export * from './organisations';
export * from './statistics';
