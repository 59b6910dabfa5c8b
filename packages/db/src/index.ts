export * from './database';
export { DataDirLockedError, lockDataDir } from './lock';
export * as schema from './schema/index';
export * from './schema/index';
export * from './backup';
export * from './query';
