export * from './span.js';
export * from './entity.js';
export * from './quote.js';
export * from './date.js';
export * from './attribution.js';
export * from './claim.js';
export * from './analysis.js';
