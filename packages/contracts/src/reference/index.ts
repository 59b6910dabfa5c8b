// Reference code tables: GB/T 2260 regions, GB/T 4754-2017 industries, organisation kinds, qualifications.
export * from './industries';
export * from './organisation-kinds';
export * from './provinces';
export * from './qualifications';
export * from './regions';
export * from './schemas';
