export * from './policy';
export * from './inventory';
export * from './render';
export * from './sensitive-info';
export * from './consent';
