import { Inject, Injectable } from '@nestjs/common';
import { createSecretKey } from 'node:crypto';
import { PassportStrategy } from '@nestjs/passport';
import { ExtractJwt, Strategy } from 'passport-jwt';
import type { Role } from '@keino/contracts';

import { APP_CONFIG, AppConfig } from '../../config/app-config';
import { SignedInCaller } from './auth.decorators';
import { TokenVersions } from './token-versions';

/** What an access token says (SignInService signs it). */
export interface AccessTokenClaims {
  sub: string;
  roles: Role[];
  /** The session the token was issued for. */
  sid: string;
  /** The person's token version when it was issued; a raise since refuses it. */
  ver: number;
}

@Injectable()
export class JwtStrategy extends PassportStrategy(Strategy) {
  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    private readonly versions: TokenVersions,
  ) {
    super({
      jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(),
      // A KeyObject made once: given a string or Buffer, jsonwebtoken rebuilds the key at every request (trying a
      // public key first, which fails slowly). passport-jwt hands it through untouched; its types only name Buffer.
      secretOrKey: createSecretKey(Buffer.from(config.jwtSecret)) as unknown as Buffer,
      algorithms: ['HS256'],
    });
  }

  /**
   * The hot path of every signed-in request: one Map lookup when this process knows the person's version, a single
   * database read the first time it does not. null refuses the token (401): one issued before the person's tokens
   * were ended (erasure, a role change, a session ended, a password changed), or of the format before sessions.
   */
  validate(claims: AccessTokenClaims): SignedInCaller | null | Promise<SignedInCaller | null> {
    if (typeof claims.sid !== 'string' || !Number.isInteger(claims.ver)) return null;
    const known = this.versions.current(claims.sub);
    if (known !== undefined) return this.check(claims, known);
    return this.versions.load(claims.sub).then((current) => this.check(claims, current));
  }

  private check(claims: AccessTokenClaims, current: number): SignedInCaller | null {
    if (claims.ver < current) return null;
    if (claims.ver > current) this.versions.witness(claims.sub, claims.ver);
    return { id: claims.sub, roles: claims.roles, sessionId: claims.sid };
  }
}
