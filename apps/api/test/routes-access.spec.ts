import { Controller, Get, Type } from '@nestjs/common';
import { MODULE_METADATA, PATH_METADATA } from '@nestjs/common/constants';

import { AppModule } from '../src/app.module';
import { IS_PUBLIC, ROLES_KEY } from '../src/common/auth/auth.decorators';
import { AppConfig } from '../src/config/app-config';

type ModuleLike = Type | { module: Type; imports?: unknown[]; controllers?: Type[] };

/** Every controller reachable from a module, following imports (static and dynamic). */
function controllersOf(mod: ModuleLike, seen = new Set<unknown>()): Type[] {
  if (!mod || seen.has(mod)) return [];
  seen.add(mod);
  const cls = typeof mod === 'function' ? mod : mod.module;
  const dynamic: { imports?: unknown[]; controllers?: Type[] } = typeof mod === 'function' ? {} : mod;
  const controllers = [
    ...((Reflect.getMetadata(MODULE_METADATA.CONTROLLERS, cls) as Type[] | undefined) ?? []),
    ...(dynamic.controllers ?? []),
  ];
  const imports = [
    ...((Reflect.getMetadata(MODULE_METADATA.IMPORTS, cls) as ModuleLike[] | undefined) ?? []),
    ...((dynamic.imports as ModuleLike[] | undefined) ?? []),
  ];
  return [...controllers, ...imports.flatMap((m) => controllersOf(m, seen))];
}

/** Routes that declare neither @Public() nor @Roles(), as "Controller.method". */
function undeclaredRoutes(controllers: Type[]): string[] {
  return controllers.flatMap((controller) => {
    const proto = controller.prototype as Record<string, unknown>;
    return Object.getOwnPropertyNames(proto)
      .filter((name) => name !== 'constructor' && typeof proto[name] === 'function')
      .filter((name) => Reflect.getMetadata(PATH_METADATA, proto[name] as object) !== undefined)
      .filter((name) => {
        const targets = [proto[name] as object, controller];
        return !targets.some((t) => Reflect.getMetadata(IS_PUBLIC, t) || Reflect.getMetadata(ROLES_KEY, t));
      })
      .map((name) => `${controller.name}.${name}`);
  });
}

const config = {
  logLevel: 'silent',
  jwtSecret: 'x'.repeat(32),
  dataDir: '/tmp',
  demoData: false,
} as AppConfig;

describe('route access declarations', () => {
  const controllers = controllersOf(AppModule.forRoot(config, 'postgres://unused/db'));

  it('finds the app controllers', () => {
    expect(controllers.map((c) => c.name)).toEqual(
      expect.arrayContaining(['AuthController', 'HealthController']),
    );
  });

  it('every route declares @Public() or @Roles()', () => {
    expect(undeclaredRoutes(controllers)).toEqual([]);
  });

  it('reports a route that declares neither', () => {
    @Controller('forgotten')
    class ForgottenController {
      @Get()
      list() {
        return [];
      }
    }
    expect(undeclaredRoutes([ForgottenController])).toEqual(['ForgottenController.list']);
  });
});
