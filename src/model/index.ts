export * from './language.js';
export * from './entity.js';
export * from './relation.js';
export * from './document.js';
export * from './extraction.js';
export * from './graph.js';
export * from './api.js';
