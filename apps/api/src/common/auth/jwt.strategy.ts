import { Inject, Injectable } from '@nestjs/common';
import { createSecretKey } from 'node:crypto';
import { PassportStrategy } from '@nestjs/passport';
import { ExtractJwt, Strategy } from 'passport-jwt';
import type { Role } from '@keino/contracts';

import { APP_CONFIG, AppConfig } from '../../config/app-config';
import { AuthUser } from './auth.decorators';

interface AccessTokenClaims {
  sub: string;
  roles: Role[];
}

@Injectable()
export class JwtStrategy extends PassportStrategy(Strategy) {
  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    super({
      jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(),
      // A KeyObject made once: given a string or Buffer, jsonwebtoken rebuilds the key at every request (trying a
      // public key first, which fails slowly). passport-jwt hands it through untouched; its types only name Buffer.
      secretOrKey: createSecretKey(Buffer.from(config.jwtSecret)) as unknown as Buffer,
      algorithms: ['HS256'],
    });
  }

  validate(claims: AccessTokenClaims): AuthUser {
    return { id: claims.sub, roles: claims.roles };
  }
}
