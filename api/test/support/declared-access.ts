import type { INestApplication } from '@nestjs/common';
import { ModulesContainer } from '@nestjs/core';
import { ACCESS_KEY, type Access as DeclaredAccess } from '../../src/common/auth.decorators';
import type { Access } from './matrix';

// @nestjs/graphql's metadata keys for @Query / @Mutation (graphql.constants: RESOLVER_TYPE_METADATA, RESOLVER_NAME_METADATA).
const RESOLVER_TYPE = 'graphql:resolver_type';
const RESOLVER_NAME = 'graphql:resolver_name';

/**
 * The access every root field declares in code (@Public / @SignedIn / @Roles on its resolver method), read from the
 * running application's resolvers: `Query.me` → { kind: 'signed-in' }. A field without a declaration maps to null (the
 * guard refuses it).
 */
export function declaredAccess(app: INestApplication): Map<string, DeclaredAccess | null> {
  const out = new Map<string, DeclaredAccess | null>();
  for (const module of app.get(ModulesContainer, { strict: false }).values()) {
    for (const wrapper of module.providers.values()) {
      const instance = wrapper.instance as object | null | undefined;
      if (!instance || typeof instance !== 'object') continue;
      const proto = Object.getPrototypeOf(instance) as object;
      for (const key of Object.getOwnPropertyNames(proto)) {
        // Descriptors, not property reads: some framework providers have getters that throw before the app listens.
        const method: unknown = Object.getOwnPropertyDescriptor(proto, key)?.value;
        if (key === 'constructor' || typeof method !== 'function') continue;
        const type = Reflect.getMetadata(RESOLVER_TYPE, method) as string | undefined;
        if (type !== 'Query' && type !== 'Mutation') continue;
        const name = (Reflect.getMetadata(RESOLVER_NAME, method) as string | undefined) ?? key;
        const access = (Reflect.getMetadata(ACCESS_KEY, method) ?? Reflect.getMetadata(ACCESS_KEY, instance.constructor) ?? null) as DeclaredAccess | null;
        out.set(`${type}.${name}`, access);
      }
    }
  }
  return out;
}

/** The matrix's spelling of a declared access. */
export function asMatrixAccess(access: DeclaredAccess | null): Access | null {
  if (!access) return null;
  if (access.kind === 'roles') return [...access.roles].sort();
  return access.kind;
}
