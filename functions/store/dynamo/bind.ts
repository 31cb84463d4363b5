// How the front door and the entity folders bind operations to one store: config first, reads once per store.
import type DataLoader from 'dataloader';
import { loadExisting } from './loaders.js';
import type { StoreConfig } from './store-config.js';

/** A read made at most once per store (per request, in the API). */
export const once = <T>(read: () => Promise<T>) => {
  let result: Promise<T> | undefined;
  return () => {
    result ??= read();
    return result;
  };
};

/** Binds the store's config to an operation that takes it first. */
export const bind =
  <A extends unknown[], R>(config: StoreConfig, operation: (config: StoreConfig, ...args: A) => R) =>
  (...args: A): R =>
    operation(config, ...args);

/** The records of these ids that exist, through the store's loader. */
export const existing =
  <T>(loader: DataLoader<string, T | null>) =>
  (ids: readonly string[]) =>
    loadExisting(loader, ids);
